package org.argusvms.web.alarms;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.json.Jsons;

/**
 * What the alarm socket sends the page: {@code {"type":"ready"}} once connected, then
 * {@code {"type":"alarm-changed","id","state","version"}} per raised or changed alarm. Nothing else of the alarm
 * travels here: the page reads it through the alarm service, as its user.
 */
final class AlarmNotice {

    static final String READY = Jsons.objectBuilder().add("type", "ready").build().toString();

    private AlarmNotice() {
    }

    /** @param event an ArgusEvents message of type alarm, {@code {…,"alarm":{"id","state","version",…}}} */
    static String of(JsonObject event) {
        JsonObject alarm = event.getJsonObject("alarm");
        JsonObjectBuilder notice = Jsons.objectBuilder().add("type", "alarm-changed")
                .add("id", alarm.getString("id")).add("state", alarm.getString("state"));
        if (alarm.containsKey("version")) {
            notice.add("version", alarm.getJsonNumber("version").longValue());
        }
        return notice.build().toString();
    }
}
