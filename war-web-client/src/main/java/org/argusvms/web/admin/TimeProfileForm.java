package org.argusvms.web.admin;

import jakarta.json.JsonObject;
import org.argusvms.management.application.TimeProfileInput;
import org.argusvms.management.application.TimeProfileInterval;

import java.util.List;

import static org.argusvms.web.admin.JsonFields.objects;
import static org.argusvms.web.admin.JsonFields.text;
import static org.argusvms.web.admin.JsonFields.version;
import static org.argusvms.web.admin.JsonFields.within;

/**
 * The time profile form's JSON as the time profile EJB's input (types checked by {@link JsonFields}, values by the
 * EJB). An interval's fields are named as the EJB names them ({@code intervals.start}).
 */
final class TimeProfileForm {

    private TimeProfileForm() {
    }

    static TimeProfileInput input(JsonObject body) {
        List<JsonObject> intervals = objects(body, "intervals");
        return new TimeProfileInput(text(body, "name"), text(body, "description"), text(body, "timeZone"),
                intervals == null ? null : intervals.stream().map(TimeProfileForm::interval).toList(), version(body));
    }

    private static TimeProfileInterval interval(JsonObject interval) {
        return within("intervals.", () -> new TimeProfileInterval(text(interval, "day"), text(interval, "start"),
                text(interval, "end")));
    }
}
