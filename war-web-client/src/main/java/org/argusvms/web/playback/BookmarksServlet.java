package org.argusvms.web.playback;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.management.application.BookmarkInput;
import org.argusvms.management.application.BookmarkQuery;
import org.argusvms.management.application.BookmarkService;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.ValidationException;
import org.argusvms.web.JsonCalls;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The playback page's bookmark calls, on the web client's own session (the EJB runs as its user and checks the
 * rights):
 * <ul>
 * <li>{@code GET /bookmarks?camera=ID} (optionally {@code &from=ISO&to=ISO}): the camera's newest bookmarks (overlapping
 * the range),</li>
 * <li>{@code POST /bookmarks} (JSON {cameraId, at, headline, description}): bookmarks the instant,</li>
 * <li>{@code DELETE /bookmarks?id=ID}: deletes a bookmark.</li>
 * </ul>
 * Changes need a JSON body or the DELETE method, neither of which a cross-site form can send.
 */
@WebServlet(urlPatterns = "/bookmarks")
public class BookmarksServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(BookmarksServlet.class.getName());

    @EJB
    private BookmarkService bookmarks;

    /** The page lists the newest bookmarks of the camera; its timeline (the last hours) marks those within it. */
    static final int LISTED = 100;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response, () -> BookmarkJson.bookmarks(bookmarks.list(new BookmarkQuery(
                List.of(PlaybackServlet.cameraId(request)),
                optionalInstant("from", request.getParameter("from")),
                optionalInstant("to", request.getParameter("to")), request.getParameter("q")),
                new PageRequest(0, LISTED))));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!JsonCalls.requireJson(request, response)) {
            return;
        }
        answer(response, () -> {
            JsonObject body = JsonCalls.readObject(request);
            return BookmarkJson.bookmark(bookmarks.create(new BookmarkInput(body.getString("cameraId", null),
                    PlaybackServlet.instant("at", body.getString("at", null)), null, null,
                    body.getString("headline", null), body.getString("description", null), null)));
        });
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(response, () -> {
            bookmarks.delete(Optional.ofNullable(request.getParameter("id"))
                    .orElseThrow(() -> new ValidationException("id", "The parameter 'id' is required.")), null);
            return "{}";
        });
    }

    private static Instant optionalInstant(String field, String value) {
        return value == null ? null : PlaybackServlet.instant(field, value);
    }

    private static void answer(HttpServletResponse response, JsonCalls.Call call) throws IOException {
        JsonCalls.answer(response, call, LOG, "Bookmarks are unavailable right now.");
    }
}
