package org.argusvms.web.playback;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.web.JsonCalls;
import org.argusvms.web.JsonReply;
import org.argusvms.management.application.EvidenceLockService;
import org.argusvms.management.application.NewEvidenceLock;
import org.argusvms.management.application.RecordedMediaAccessService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.web.live.LiveAccessServlet;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The playback page's calls, on the web client's own session (the EJBs run as its user and check the rights):
 * <ul>
 * <li>{@code GET /playback-access?camera=ID}: recorder URLs with a playback ticket,</li>
 * <li>{@code GET /export-access?camera=ID&from=ISO&to=ISO}: a recorder download URL with an export ticket,</li>
 * <li>{@code GET /evidence-locks}, {@code POST /evidence-locks} (JSON {cameraId, from, to, reason}) and
 * {@code DELETE /evidence-locks?id=ID}.</li>
 * </ul>
 * Changes need a JSON body or the DELETE method, neither of which a cross-site form can send.
 */
@WebServlet(urlPatterns = {"/playback-access", "/export-access", "/evidence-locks"})
public class PlaybackServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(PlaybackServlet.class.getName());

    @EJB
    private RecordedMediaAccessService recordedMedia;

    @EJB
    private EvidenceLockService evidenceLocks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (request.getServletPath()) {
            case "/playback-access" -> answer(response, () -> PlaybackJson.playback(
                    recordedMedia.openPlayback(cameraId(request))));
            case "/export-access" -> answer(response, () -> PlaybackJson.export(recordedMedia.openExport(
                    cameraId(request), instant("from", request.getParameter("from")),
                    instant("to", request.getParameter("to")))));
            default -> answer(response, () -> PlaybackJson.locks(evidenceLocks.list()));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/evidence-locks".equals(request.getServletPath())) {
            send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, PlaybackJson.error("Use GET."));
            return;
        }
        if (!JsonCalls.requireJson(request, response)) {
            return;
        }
        answer(response, () -> {
            JsonObject body = JsonCalls.readObject(request);
            NewEvidenceLock lock = new NewEvidenceLock(body.getString("cameraId", null),
                    instant("from", body.getString("from", null)), instant("to", body.getString("to", null)),
                    body.getString("reason", null));
            return PlaybackJson.lock(evidenceLocks.lock(lock));
        });
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/evidence-locks".equals(request.getServletPath())) {
            send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, PlaybackJson.error("Use GET."));
            return;
        }
        answer(response, () -> {
            evidenceLocks.release(Optional.ofNullable(request.getParameter("id"))
                    .orElseThrow(() -> new ValidationException("id", "The parameter 'id' is required.")));
            return "{}";
        });
    }

    static String cameraId(HttpServletRequest request) {
        return LiveAccessServlet.cameraIdOf(request.getParameter("camera"))
                .orElseThrow(() -> new ValidationException("camera", "The parameter 'camera' must be a camera id."));
    }

    /** A required instant parameter or body field. */
    static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "'" + field + "' is required.");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "'" + field + "' must be an instant such as 2026-11-25T10:00:00Z.");
        }
    }

    /** Runs the call and maps its outcome to a status, the way the REST API does, without leaking a ticket. */
    private static void answer(HttpServletResponse response, JsonCalls.Call call) throws IOException {
        JsonCalls.answer(response, call, LOG, "Recorded video is unavailable right now.");
    }

    /** Tickets and views are personal: {@link JsonReply} keeps them out of every cache. */
    private static void send(HttpServletResponse response, int status, String json) throws IOException {
        JsonReply.send(response, status, json);
    }
}
