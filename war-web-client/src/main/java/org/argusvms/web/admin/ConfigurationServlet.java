package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.management.application.CameraService;
import org.argusvms.management.application.RecordingServerService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.web.JsonCalls;
import org.argusvms.web.JsonReply;
import org.argusvms.web.live.LiveAccessServlet;

import java.io.IOException;

/**
 * The configuration page's calls, on the web client's session; {@link ConfigurationAccessFilter} admits only
 * configuration administrators, and the EJBs check and audit every change again as the session's user:
 * <ul>
 * <li>{@code GET /admin/recording-servers}: the recorders, online or not, with their camera counts,</li>
 * <li>{@code GET /admin/cameras}: every camera with its configuration (no password) and state,</li>
 * <li>{@code POST /admin/cameras} (JSON): adds a camera; {@code PUT /admin/cameras?id=ID} (JSON with the
 * {@code version} the form was based on): changes one; {@code DELETE /admin/cameras?id=ID}: removes one.</li>
 * </ul>
 * Refusals name the field ({@code {"error", "field"}}, 400); a change based on an outdated version is 409 and
 * stores nothing. Changes need a JSON body or the PUT/DELETE methods, which no cross-site form can send.
 */
@WebServlet(urlPatterns = {"/admin/recording-servers", "/admin/cameras"})
public class ConfigurationServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(ConfigurationServlet.class.getName());
    private static final String CAMERAS = "/admin/cameras";

    @EJB
    private CameraService cameras;

    @EJB
    private RecordingServerService recordingServers;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (CAMERAS.equals(request.getServletPath())) {
            answer(response, () -> ConfigurationJson.cameras(cameras.listCameras()));
        } else {
            answer(response, () -> ConfigurationJson.recordingServers(recordingServers.listRecordingServers(),
                    cameras.listCameras()));
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (acceptsChange(request, response)) {
            answer(response, () -> ConfigurationJson.camera(
                    cameras.addCamera(CameraInput.newCamera(JsonCalls.readObject(request)))));
        }
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (acceptsChange(request, response)) {
            answer(response, () -> ConfigurationJson.camera(
                    cameras.updateCamera(cameraId(request), CameraInput.change(JsonCalls.readObject(request)))));
        }
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!CAMERAS.equals(request.getServletPath())) {
            JsonReply.send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, JsonCalls.error("Use GET."));
            return;
        }
        answer(response, () -> {
            cameras.removeCamera(cameraId(request));
            return "{}";
        });
    }

    /** Changes go to the camera collection only, as JSON; otherwise answers the refusal and returns false. */
    private static boolean acceptsChange(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!CAMERAS.equals(request.getServletPath())) {
            JsonReply.send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, JsonCalls.error("Use GET."));
            return false;
        }
        return JsonCalls.requireJson(request, response);
    }

    private static String cameraId(HttpServletRequest request) {
        return LiveAccessServlet.cameraIdOf(request.getParameter("id"))
                .orElseThrow(() -> new ValidationException("id", "The parameter 'id' must be a camera id."));
    }

    private static void answer(HttpServletResponse response, JsonCalls.Call call) throws IOException {
        JsonCalls.answer(response, call, LOG, "The configuration is unavailable right now.");
    }
}
