package org.argusvms.events.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.events.application.UserEventDefinitionInput;
import org.argusvms.events.application.UserEventDefinitionService;
import org.argusvms.events.application.UserEventDefinitionView;
import org.argusvms.events.domain.model.DefinitionRepository;
import org.argusvms.events.domain.model.userevent.UserEventDefinition;
import org.argusvms.events.domain.model.userevent.UserEventDefinitionRepository;
import org.argusvms.management.application.PermissionService;

import java.util.List;

/**
 * Administration requires the CONFIGURATION admin area (checked here, so the refusal is audited); the triggerable
 * list is for whoever may trigger (see {@link UserEventTriggerRight}).
 */
@Stateless
@PermitAll
public class DefaultUserEventDefinitionService extends ConfigurationAreaDefinitions<UserEventDefinition,
        UserEventDefinition.Settings, UserEventDefinitionInput, UserEventDefinitionView>
        implements UserEventDefinitionService {

    @Inject
    private UserEventDefinitionRepository definitions;

    @Inject
    private PermissionService permissions;

    @Resource
    private SessionContext session;

    public DefaultUserEventDefinitionService() {
        super("user-defined event");
    }

    @Override
    public List<UserEventDefinitionView> triggerable() {
        UserEventTriggerRight right = new UserEventTriggerRight(permissions, session::isCallerInRole);
        return definitions.all().stream().filter(right::mayTrigger).map(this::toView).toList();
    }

    @Override
    PermissionService permissions() {
        return permissions;
    }

    @Override
    DefinitionRepository<UserEventDefinition> definitions() {
        return definitions;
    }

    @Override
    UserEventDefinition.Settings validate(UserEventDefinitionInput input) {
        return UserEventDefinitionValidator.validate(input);
    }

    @Override
    String nameOf(UserEventDefinition.Settings settings) {
        return settings.name();
    }

    @Override
    String idOf(UserEventDefinition definition) {
        return definition.id();
    }

    @Override
    long versionOf(UserEventDefinition definition) {
        return definition.version();
    }

    @Override
    UserEventDefinition newDefinition(String id, UserEventDefinition.Settings settings) {
        return new UserEventDefinition(id, settings);
    }

    @Override
    void change(UserEventDefinition definition, UserEventDefinition.Settings settings) {
        definition.change(settings);
    }

    @Override
    UserEventDefinitionView toView(UserEventDefinition definition) {
        UserEventDefinition.Settings settings = definition.settings();
        return new UserEventDefinitionView(definition.id(), settings.name(), settings.description(),
                settings.relatedCameraIds(), definition.version());
    }
}
