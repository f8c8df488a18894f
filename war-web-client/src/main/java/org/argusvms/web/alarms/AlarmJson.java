package org.argusvms.web.alarms;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.events.application.AlarmView;
import org.argusvms.events.application.AlarmView.AlarmTransitionView;

import java.util.List;
import org.argusvms.json.Jsons;

/** The JSON bodies of the alarms page's endpoints, read by alarms.js. Absent values are left out, not null. */
final class AlarmJson {

    private AlarmJson() {
    }

    /** {@code {"alarms":[…],"offset":N,"more":true|false}}: one page of the list, and whether another follows. */
    static String page(List<AlarmView> alarms, int offset, boolean more) {
        JsonArrayBuilder array = Jsons.arrayBuilder();
        alarms.forEach(alarm -> array.add(alarmObject(alarm)));
        return Jsons.objectBuilder().add("alarms", array).add("offset", offset).add("more", more).build().toString();
    }

    /** One alarm with its history and the definition's instructions. */
    static String alarm(AlarmView alarm) {
        JsonArrayBuilder history = Jsons.arrayBuilder();
        for (AlarmTransitionView step : alarm.history()) {
            JsonObjectBuilder json = Jsons.objectBuilder().add("at", step.at().toString()).add("user", step.user())
                    .add("toState", step.toState());
            addIfPresent(json, "fromState", step.fromState());
            addIfPresent(json, "comment", step.comment());
            history.add(json);
        }
        JsonObjectBuilder json = alarmObject(alarm).add("history", history);
        addIfPresent(json, "instructions", alarm.instructions());
        addIfPresent(json, "eventType", alarm.eventType());
        return json.build().toString();
    }

    private static JsonObjectBuilder alarmObject(AlarmView alarm) {
        JsonObjectBuilder json = Jsons.objectBuilder().add("id", alarm.id()).add("name", alarm.definitionName())
                .add("state", alarm.state()).add("priority", alarm.priority())
                .add("raisedAt", alarm.raisedAt().toString()).add("version", alarm.version());
        addIfPresent(json, "cameraId", alarm.cameraId());
        addIfPresent(json, "message", alarm.message());
        addIfPresent(json, "owner", alarm.owner());
        addIfPresent(json, "category", alarm.category());
        addIfPresent(json, "autoCloseAt", alarm.autoCloseAt() == null ? null : alarm.autoCloseAt().toString());
        return json;
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
