package org.argusvms.events.application.internal;

import org.argusvms.events.application.UserEventDefinitionInput;
import org.argusvms.events.domain.model.userevent.UserEventDefinition;
import org.argusvms.management.application.ValidationException;

/** Checks an administrator's user-defined event definition; every refusal names the field. */
final class UserEventDefinitionValidator {

    private UserEventDefinitionValidator() {
    }

    static UserEventDefinition.Settings validate(UserEventDefinitionInput input) {
        if (input == null) {
            throw new ValidationException("body", "a user-defined event definition is required");
        }
        return new UserEventDefinition.Settings(AlarmDefinitionValidator.required("name", input.name(), 100),
                AlarmDefinitionValidator.optional("description", input.description(), 1000),
                AlarmDefinitionValidator.cameraIds(input.relatedCameraIds()));
    }
}
