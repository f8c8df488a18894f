package org.argusvms.web.playback;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.json.Jsons;
import org.argusvms.management.application.BookmarkView;

import java.util.List;

/** The JSON bodies of the playback page's bookmark endpoint, read by bookmarks.js. */
final class BookmarkJson {

    private BookmarkJson() {
    }

    static String bookmarks(List<BookmarkView> bookmarks) {
        JsonArrayBuilder array = Jsons.arrayBuilder();
        bookmarks.forEach(bookmark -> array.add(object(bookmark)));
        return array.build().toString();
    }

    static String bookmark(BookmarkView bookmark) {
        return object(bookmark).build().toString();
    }

    private static JsonObjectBuilder object(BookmarkView bookmark) {
        JsonObjectBuilder json = Jsons.objectBuilder()
                .add("id", bookmark.id())
                .add("cameraId", bookmark.cameraId())
                .add("at", bookmark.at().toString())
                .add("from", bookmark.from().toString())
                .add("to", bookmark.to().toString())
                .add("headline", bookmark.headline())
                .add("createdBy", bookmark.createdBy())
                .add("createdAt", bookmark.createdAt().toString())
                .add("version", bookmark.version());
        if (bookmark.description() != null) {
            json.add("description", bookmark.description());
        }
        return json;
    }
}
