package org.argusvms.management.application.internal;

import org.argusvms.management.application.TimeProfileInput;
import org.argusvms.management.application.TimeProfileInterval;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.timeprofile.WeeklyInterval;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeProfileInputValidatorTest {

    private static final String SITE_ZONE = "Europe/Copenhagen";

    @Test
    void aValidProfileIsNormalised() {
        TimeProfileInputValidator.ValidTimeProfile valid = validate(new TimeProfileInput(
                "  Nights ", null, "Europe/Berlin", List.of(new TimeProfileInterval("friday", "22:00", "06:00:30")), null));

        assertEquals("Nights", valid.name());
        assertEquals(ZoneId.of("Europe/Berlin"), valid.zone());
        assertEquals(List.of(new WeeklyInterval(DayOfWeek.FRIDAY, LocalTime.of(22, 0), LocalTime.of(6, 0, 30))),
                valid.intervals());
    }

    @Test
    void aProfileWithoutATimeZoneGetsTheDefaultTheServiceGives() {
        assertEquals(ZoneId.of(SITE_ZONE), validate(input(null, "MONDAY", "08:00", "17:00")).zone());
        assertEquals(ZoneId.of(SITE_ZONE), validate(input("  ", "MONDAY", "08:00", "17:00")).zone());
        assertEquals(ZoneId.of("UTC"), validate(input(" UTC ", "MONDAY", "08:00", "17:00")).zone(),
                "a given zone wins");
    }

    @Test
    void aDefaultThatIsAFixedOffsetIsRefusedNamingTheField() {
        ValidationException refused = assertThrows(ValidationException.class, () -> TimeProfileInputValidator.validate(
                input(null, "MONDAY", "08:00", "17:00"), () -> "+02:00"));

        assertEquals("timeZone", refused.field());
        assertTrue(refused.getMessage().contains("+02:00, is a fixed offset"), refused.getMessage());
    }

    @Test
    void everyRefusalNamesTheField() {
        assertRefused("timeZone", input("Mars/Olympus", "MONDAY", "08:00", "17:00"));
        assertRefused("timeZone", input("+02:00", "MONDAY", "08:00", "17:00"));
        assertRefused("intervals.day", input("UTC", "FUNDAY", "08:00", "17:00"));
        assertRefused("intervals.start", input("UTC", "MONDAY", "24:00", "17:00"));
        assertRefused("intervals.end", input("UTC", "MONDAY", "08:00", "17:00:00.5"));
        assertRefused("intervals", new TimeProfileInput("Empty", null, "UTC", List.of(), null));
        assertRefused("name", new TimeProfileInput(" ", null, "UTC",
                List.of(new TimeProfileInterval("MONDAY", "08:00", "17:00")), null));
    }

    private static TimeProfileInput input(String zone, String day, String start, String end) {
        return new TimeProfileInput("Profile", null, zone, List.of(new TimeProfileInterval(day, start, end)), null);
    }

    private static void assertRefused(String field, TimeProfileInput input) {
        assertEquals(field, assertThrows(ValidationException.class, () -> validate(input)).field());
    }

    private static TimeProfileInputValidator.ValidTimeProfile validate(TimeProfileInput input) {
        return TimeProfileInputValidator.validate(input, () -> SITE_ZONE);
    }
}
