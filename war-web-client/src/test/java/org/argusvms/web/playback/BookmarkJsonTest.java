package org.argusvms.web.playback;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.argusvms.management.application.BookmarkView;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class BookmarkJsonTest {

    private static final Instant T = Instant.parse("2030-01-02T03:04:05Z");

    @Test
    void bookmarksCarryTheirInstantHeadlineAndAuthor() {
        JsonArray json = Json.createReader(new StringReader(BookmarkJson.bookmarks(List.of(new BookmarkView("b-1",
                "cam-1", T, T.minusSeconds(10), T.plusSeconds(20), "Van \"at\" gate", "Plate unreadable", "operator",
                T.plusSeconds(60), 3))))).readArray();

        JsonObject bookmark = json.getJsonObject(0);
        assertEquals("2030-01-02T03:04:05Z", bookmark.getString("at"));
        assertEquals("Van \"at\" gate", bookmark.getString("headline"));
        assertEquals("Plate unreadable", bookmark.getString("description"));
        assertEquals("operator", bookmark.getString("createdBy"));
        assertEquals(3, bookmark.getInt("version"));
    }

    @Test
    void aBookmarkWithoutDescriptionHasNoDescriptionField() {
        JsonObject json = Json.createReader(new StringReader(BookmarkJson.bookmark(new BookmarkView("b-1", "cam-1", T,
                T.minusSeconds(10), T.plusSeconds(20), "Van", null, "operator", T, 0)))).readObject();

        assertFalse(json.containsKey("description"));
    }
}
