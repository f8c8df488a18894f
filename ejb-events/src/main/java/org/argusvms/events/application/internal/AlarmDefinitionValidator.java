package org.argusvms.events.application.internal;

import org.argusvms.events.application.AlarmDefinitionInput;
import org.argusvms.events.domain.model.alarm.AlarmDefinition;
import org.argusvms.management.application.ValidationException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Checks an administrator's alarm definition and normalises it; every refusal names the field. */
final class AlarmDefinitionValidator {

    static final int DEFAULT_PRIORITY = 5;
    private static final int MAX_AUTO_CLOSE_MINUTES = 7 * 24 * 60;
    /** "generic", "analytics", or a device event type such as "camera.disconnected". */
    private static final Pattern EVENT_TYPE = Pattern.compile("[a-z][a-z0-9_.-]{0,99}");
    private static final Pattern CAMERA_ID = Pattern.compile("[A-Za-z0-9-]{1,36}");

    private AlarmDefinitionValidator() {
    }

    static AlarmDefinition.Settings validate(AlarmDefinitionInput input) {
        if (input == null) {
            throw new ValidationException("body", "an alarm definition is required");
        }
        String name = required("name", input.name(), 100);
        String sourceEventType = required("sourceEventType", input.sourceEventType(), 100);
        if (!EVENT_TYPE.matcher(sourceEventType).matches()) {
            throw new ValidationException("sourceEventType", "sourceEventType must be generic, analytics or a device"
                    + " event type like camera.disconnected");
        }
        int priority = input.priority() == null ? DEFAULT_PRIORITY : input.priority();
        if (priority < AlarmDefinition.MIN_PRIORITY || priority > AlarmDefinition.MAX_PRIORITY) {
            throw new ValidationException("priority", "priority must be " + AlarmDefinition.MIN_PRIORITY + " (most"
                    + " urgent) to " + AlarmDefinition.MAX_PRIORITY);
        }
        Integer autoClose = input.autoCloseMinutes();
        if (autoClose != null && (autoClose < 1 || autoClose > MAX_AUTO_CLOSE_MINUTES)) {
            throw new ValidationException("autoCloseMinutes", "autoCloseMinutes must be 1.." + MAX_AUTO_CLOSE_MINUTES
                    + ", or absent to never close automatically");
        }
        String matchCameraId = optional("matchCameraId", input.matchCameraId(), 36);
        if (matchCameraId != null && !CAMERA_ID.matcher(matchCameraId).matches()) {
            throw new ValidationException("matchCameraId", "matchCameraId must be a camera id");
        }
        return new AlarmDefinition.Settings(name, input.enabled() == null || input.enabled(), sourceEventType,
                optional("matchText", input.matchText(), 1000),
                optional("matchDefinitionName", input.matchDefinitionName(), 1000), matchCameraId, priority,
                optional("category", input.category(), 100), cameraIds(input.relatedCameraIds()),
                optional("instructions", input.instructions(), 4000), autoClose,
                optional("timeProfileId", input.timeProfileId(), 36));
    }

    static List<String> cameraIds(List<String> given) {
        if (given == null) {
            return List.of();
        }
        LinkedHashSet<String> ids = new LinkedHashSet<>();
        for (String id : given) {
            if (id == null || !CAMERA_ID.matcher(id.strip()).matches()) {
                throw new ValidationException("relatedCameraIds", "relatedCameraIds must be camera ids");
            }
            ids.add(id.strip());
        }
        if (ids.size() > 50) {
            throw new ValidationException("relatedCameraIds", "at most 50 related cameras");
        }
        return new ArrayList<>(ids);
    }

    static String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            throw new ValidationException(field, field + " is required");
        }
        return text;
    }

    static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw new ValidationException(field, field + " must be at most " + maxLength + " characters");
        }
        return text;
    }
}
