package org.argusvms.web.control;

import jakarta.json.JsonArrayBuilder;
import org.argusvms.events.application.UserEventDefinitionView;
import org.argusvms.events.application.UserEventService;
import org.argusvms.json.Jsons;

import java.util.List;

/** The JSON bodies of {@code /user-events} and {@code /user-event-trigger}, read by user-events.js. */
final class UserEventJson {

    private UserEventJson() {
    }

    /** {@code [{"id","name","description"}]}; the description is "" when there is none. */
    static String definitions(List<UserEventDefinitionView> definitions) {
        JsonArrayBuilder array = Jsons.arrayBuilder();
        for (UserEventDefinitionView definition : definitions) {
            array.add(Jsons.objectBuilder()
                    .add("id", definition.id())
                    .add("name", definition.name())
                    .add("description", definition.description() == null ? "" : definition.description()));
        }
        return array.build().toString();
    }

    /** {@code {"eventId","occurredAt":"ISO-8601","repeated":bool}} */
    static String triggered(UserEventService.Triggered triggered) {
        return Jsons.objectBuilder()
                .add("eventId", triggered.event().id())
                .add("occurredAt", triggered.event().occurredAt().toString())
                .add("repeated", triggered.repeated())
                .build()
                .toString();
    }
}
