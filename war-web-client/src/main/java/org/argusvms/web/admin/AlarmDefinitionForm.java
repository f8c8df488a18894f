package org.argusvms.web.admin;

import jakarta.json.JsonObject;
import org.argusvms.events.application.AlarmDefinitionInput;
import org.argusvms.management.application.ValidationException;

import static org.argusvms.web.admin.JsonFields.flag;
import static org.argusvms.web.admin.JsonFields.integer;
import static org.argusvms.web.admin.JsonFields.text;
import static org.argusvms.web.admin.JsonFields.texts;

/**
 * The alarm definition form's JSON as the alarm definition EJB's input (types checked by {@link JsonFields}, values
 * by the EJB). The EJB takes the version an edit was based on apart from the input.
 */
final class AlarmDefinitionForm {

    private AlarmDefinitionForm() {
    }

    static AlarmDefinitionInput input(JsonObject body) {
        return new AlarmDefinitionInput(text(body, "name"), flag(body, "enabled"), text(body, "sourceEventType"),
                text(body, "matchText"), text(body, "matchDefinitionName"), text(body, "matchCameraId"),
                integer(body, "priority"), text(body, "category"), texts(body, "relatedCameraIds"),
                text(body, "instructions"), integer(body, "autoCloseMinutes"), text(body, "timeProfileId"));
    }

    /** The version a change was based on: required, since replacing without it could undo someone else's change. */
    static long version(JsonObject body) {
        Long version = JsonFields.version(body);
        if (version == null) {
            throw new ValidationException("version", "version (of the alarm definition you edited) is required");
        }
        return version;
    }
}
