package org.argusvms.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.events.application.AlarmDefinitionInput;
import org.argusvms.events.application.AlarmDefinitionService;
import org.argusvms.events.application.AlarmDefinitionView;
import org.argusvms.events.domain.model.alarm.AlarmDefinition;
import org.argusvms.events.domain.model.alarm.AlarmDefinitionRepository;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.role.AdminArea;

import java.util.List;
import java.util.UUID;

/** Every method requires the CONFIGURATION admin area (checked here, so the refusal is audited). */
@Stateless
@PermitAll
public class DefaultAlarmDefinitionService implements AlarmDefinitionService {

    @Inject
    private AlarmDefinitionRepository definitions;

    @Inject
    private PermissionService permissions;

    @Override
    public List<AlarmDefinitionView> list() {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        return definitions.all().stream().map(DefaultAlarmDefinitionService::toView).toList();
    }

    @Override
    public AlarmDefinitionView get(String id) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        return toView(existing(id));
    }

    @Override
    public AlarmDefinitionView create(AlarmDefinitionInput input) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        AlarmDefinition.Settings settings = AlarmDefinitionValidator.validate(input);
        requireUniqueName(settings.name(), null);
        AlarmDefinition definition = new AlarmDefinition(UUID.randomUUID().toString(), settings);
        definitions.store(definition);
        return toView(definition);
    }

    @Override
    public AlarmDefinitionView replace(String id, AlarmDefinitionInput input) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        AlarmDefinition definition = existing(id);
        AlarmDefinition.Settings settings = AlarmDefinitionValidator.validate(input);
        requireUniqueName(settings.name(), id);
        definition.change(settings);
        return toView(definition);
    }

    /** Alarms it raised stay, with the definition's name. */
    @Override
    public void remove(String id) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        definitions.remove(existing(id));
    }

    private AlarmDefinition existing(String id) {
        return definitions.find(id)
                .orElseThrow(() -> new NotFoundException("alarm definition " + id + " does not exist"));
    }

    private void requireUniqueName(String name, String exceptId) {
        definitions.findByName(name).filter(other -> !other.id().equals(exceptId)).ifPresent(other -> {
            throw new ValidationException("name", "an alarm definition named \"" + name + "\" already exists");
        });
    }

    private static AlarmDefinitionView toView(AlarmDefinition definition) {
        AlarmDefinition.Settings settings = definition.settings();
        return new AlarmDefinitionView(definition.id(), settings.name(), settings.enabled(), settings.sourceEventType(),
                settings.matchText(), settings.matchDefinitionName(), settings.matchCameraId(), settings.priority(),
                settings.category(), settings.relatedCameraIds(), settings.instructions(),
                settings.autoCloseMinutes(), definition.version());
    }
}
