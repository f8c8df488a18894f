package org.argusvms.web.admin;

import org.argusvms.json.Jsons;
import org.argusvms.management.application.TimeProfileInput;
import org.argusvms.management.application.TimeProfileInterval;
import org.argusvms.management.application.TimeProfileView;
import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TimeProfileFormTest {

    @Test
    void aListedProfileSentBackUnchangedIsTheSameProfileInput() {
        List<TimeProfileInterval> nights = List.of(new TimeProfileInterval("MONDAY", "22:00", "06:00"),
                new TimeProfileInterval("SATURDAY", "00:00", "00:00"));
        TimeProfileView profile = new TimeProfileView("p-1", "Nights", null, "Europe/Berlin", nights, true,
                Instant.parse("2026-11-30T05:00:00Z"), 2);

        TimeProfileInput input = TimeProfileForm.input(Jsons.readObject(
                RecordJson.object(profile)));

        assertEquals(new TimeProfileInput("Nights", null, "Europe/Berlin", nights, 2L), input);
    }

    @Test
    void anIntervalOfTheWrongTypeIsRefusedNamingTheFieldAsTheProfileServiceNamesIt() {
        ValidationException refusal = assertThrows(ValidationException.class, () -> TimeProfileForm.input(
                Jsons.readObject("{\"intervals\":[{\"day\":\"MONDAY\",\"start\":800,\"end\":\"17:00\"}]}")));

        assertEquals("intervals.start", refusal.field());
    }
}
