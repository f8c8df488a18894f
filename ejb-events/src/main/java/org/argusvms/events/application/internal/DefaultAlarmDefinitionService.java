package org.argusvms.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.events.application.AlarmDefinitionInput;
import org.argusvms.events.application.AlarmDefinitionService;
import org.argusvms.events.application.AlarmDefinitionView;
import org.argusvms.events.domain.model.DefinitionRepository;
import org.argusvms.events.domain.model.alarm.AlarmDefinition;
import org.argusvms.events.domain.model.alarm.AlarmDefinitionRepository;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.TimeProfileService;
import org.argusvms.management.application.ValidationException;

/** Every method requires the CONFIGURATION admin area (checked here, so the refusal is audited). */
@Stateless
@PermitAll
public class DefaultAlarmDefinitionService
        extends ConfigurationAreaDefinitions<AlarmDefinition, AlarmDefinition.Settings, AlarmDefinitionInput, AlarmDefinitionView>
        implements AlarmDefinitionService {

    @Inject
    private AlarmDefinitionRepository definitions;

    @Inject
    private PermissionService permissions;

    @Inject
    private TimeProfileService timeProfiles;

    public DefaultAlarmDefinitionService() {
        super("alarm definition");
    }

    @Override
    PermissionService permissions() {
        return permissions;
    }

    @Override
    DefinitionRepository<AlarmDefinition> definitions() {
        return definitions;
    }

    @Override
    AlarmDefinition.Settings validate(AlarmDefinitionInput input) {
        AlarmDefinition.Settings settings = AlarmDefinitionValidator.validate(input);
        if (settings.timeProfileId() != null && timeProfiles.schedule(settings.timeProfileId()).isEmpty()) {
            throw new ValidationException("timeProfileId", "timeProfileId must name an existing time profile");
        }
        return settings;
    }

    @Override
    String nameOf(AlarmDefinition.Settings settings) {
        return settings.name();
    }

    @Override
    String idOf(AlarmDefinition definition) {
        return definition.id();
    }

    @Override
    long versionOf(AlarmDefinition definition) {
        return definition.version();
    }

    @Override
    AlarmDefinition newDefinition(String id, AlarmDefinition.Settings settings) {
        return new AlarmDefinition(id, settings);
    }

    @Override
    void change(AlarmDefinition definition, AlarmDefinition.Settings settings) {
        definition.change(settings);
    }

    @Override
    AlarmDefinitionView toView(AlarmDefinition definition) {
        AlarmDefinition.Settings settings = definition.settings();
        return new AlarmDefinitionView(definition.id(), settings.name(), settings.enabled(), settings.sourceEventType(),
                settings.matchText(), settings.matchDefinitionName(), settings.matchCameraId(), settings.priority(),
                settings.category(), settings.relatedCameraIds(), settings.instructions(),
                settings.autoCloseMinutes(), settings.timeProfileId(), definition.version());
    }
}
