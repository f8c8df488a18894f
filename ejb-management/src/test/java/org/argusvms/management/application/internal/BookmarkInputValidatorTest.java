package org.argusvms.management.application.internal;

import org.argusvms.management.application.BookmarkInput;
import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class BookmarkInputValidatorTest {

    private final Instant noon = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void anInstantAloneCoversTenSecondsBeforeToTwentyAfter() {
        BookmarkInputValidator.ValidBookmark valid = BookmarkInputValidator.validate(
                new BookmarkInput("cam", noon, null, null, "  Van stops at gate  ", "   ", null));

        assertEquals(Instant.parse("2026-11-25T11:59:50Z"), valid.from());
        assertEquals(Instant.parse("2026-11-25T12:00:20Z"), valid.to());
        assertEquals("Van stops at gate", valid.headline());
        assertNull(valid.description(), "a blank description is no description");
    }

    @Test
    void anExplicitRangeAroundTheInstantIsKept() {
        BookmarkInputValidator.ValidBookmark valid = BookmarkInputValidator.validate(new BookmarkInput("cam", noon,
                noon.minusSeconds(60), noon.plusSeconds(120), "Theft", "Man takes the bike", null));

        assertEquals(noon.minusSeconds(60), valid.from());
        assertEquals(noon.plusSeconds(120), valid.to());
        assertEquals("Man takes the bike", valid.description());
    }

    @Test
    void headlineIsRequiredOneLineAndAtMostOneHundredCharacters() {
        assertEquals("a headline is required", refusal(headline(null)).getMessage());
        assertEquals("headline", refusal(headline("   ")).field());
        assertEquals("headline", refusal(headline("x".repeat(101))).field());
        assertEquals("headline", refusal(headline("two\nlines")).field());
        assertEquals(100, BookmarkInputValidator.validate(headline("x".repeat(100))).headline().length());
    }

    @Test
    void descriptionIsAtMostTwoThousandCharacters() {
        BookmarkInput tooLong = new BookmarkInput("cam", noon, null, null, "Theft", "d".repeat(2001), null);
        assertEquals("description", refusal(tooLong).field());
    }

    @Test
    void rangeMustBeForwardContainTheInstantAndSpanAtMostAnHour() {
        assertEquals("at", refusal(new BookmarkInput("cam", null, null, null, "Theft", null, null)).field());
        assertEquals("\"to\" must be after \"from\"",
                refusal(range(noon.plusSeconds(5), noon.minusSeconds(5))).getMessage());
        assertEquals("at", refusal(range(noon.plusSeconds(1), noon.plusSeconds(30))).field());
        assertEquals("at", refusal(range(noon.minusSeconds(30), noon.minusSeconds(1))).field());
        assertEquals("to", refusal(range(noon.minusSeconds(1800), noon.plusSeconds(1801))).field());
    }

    @Test
    void aMissingBodyIsRefused() {
        assertEquals("body", refusal(null).field());
    }

    private BookmarkInput headline(String headline) {
        return new BookmarkInput("cam", noon, null, null, headline, null, null);
    }

    private BookmarkInput range(Instant from, Instant to) {
        return new BookmarkInput("cam", noon, from, to, "Theft", null, null);
    }

    private static ValidationException refusal(BookmarkInput input) {
        return assertThrows(ValidationException.class, () -> BookmarkInputValidator.validate(input));
    }
}
