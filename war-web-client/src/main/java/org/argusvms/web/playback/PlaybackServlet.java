package org.argusvms.web.playback;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.management.application.EvidenceLockService;
import org.argusvms.management.application.NewEvidenceLock;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.RecordedMediaAccessService;
import org.argusvms.management.application.RecorderUnavailableException;
import org.argusvms.management.application.ValidationException;
import org.argusvms.web.live.LiveAccessServlet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        String contentType = request.getContentType();
        if (contentType == null || !contentType.startsWith("application/json")) {
            send(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, PlaybackJson.error("Send JSON."));
            return;
        }
        answer(response, () -> {
            JsonObject body = readObject(request);
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

    private static String cameraId(HttpServletRequest request) {
        return LiveAccessServlet.cameraIdOf(request.getParameter("camera"))
                .orElseThrow(() -> new ValidationException("camera", "The parameter 'camera' must be a camera id."));
    }

    private static Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException(field, "'" + field + "' is required.");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ValidationException(field, "'" + field + "' must be an instant such as 2026-11-25T10:00:00Z.");
        }
    }

    private static JsonObject readObject(HttpServletRequest request) {
        try (JsonReader reader = Json.createReader(request.getReader())) {
            return reader.readObject();
        } catch (JsonException | ClassCastException | IOException e) {
            throw new ValidationException(null, "The body must be a JSON object.");
        }
    }

    /** Runs the call and maps its outcome to a status, the way the REST API does, without leaking a ticket. */
    private static void answer(HttpServletResponse response, Call call) throws IOException {
        try {
            send(response, HttpServletResponse.SC_OK, call.run());
        } catch (ValidationException e) {
            send(response, HttpServletResponse.SC_BAD_REQUEST, PlaybackJson.error(e.getMessage()));
        } catch (NotFoundException e) {
            send(response, HttpServletResponse.SC_NOT_FOUND, PlaybackJson.error(e.getMessage()));
        } catch (EJBAccessException e) {
            send(response, HttpServletResponse.SC_FORBIDDEN, PlaybackJson.error("You do not have the right to do this."));
        } catch (RecorderUnavailableException e) {
            send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, PlaybackJson.error(e.getMessage()));
        } catch (EJBException e) {
            LOG.log(System.Logger.Level.WARNING, "Playback request failed", e);
            send(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    PlaybackJson.error("Recorded video is unavailable right now."));
        }
    }

    @FunctionalInterface
    private interface Call {
        String run() throws IOException;
    }

    private static void send(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store"); // tickets are personal and short-lived
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json);
    }
}
