package org.argusvms.web.control;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.management.application.CameraControlService;
import org.argusvms.management.application.CameraService;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.web.JsonCalls;
import org.argusvms.web.JsonReply;
import org.argusvms.web.live.LiveAccessServlet;

import java.io.IOException;
import java.util.function.Function;

/**
 * The live tiles' camera controls, on the web client's session; the EJBs run as the session's user, check their PTZ
 * or OUTPUT right on the camera for every command (whatever the page showed) and audit what the camera carried out:
 * <ul>
 * <li>{@code GET /camera-controls?camera=ID}: which controls the tile offers ({@link CameraControlJson#controls})</li>
 * <li>{@code POST /ptz-preset} JSON {@code {"camera","preset"}}: moves the camera to the preset</li>
 * <li>{@code POST /ptz-move} JSON {@code {"camera","pan","tilt","zoom","seconds"}}: a continuous move that the
 * camera ends by itself after {@code seconds}; all velocities 0 stop it</li>
 * <li>{@code POST /camera-output} JSON {@code {"camera","output","active"}}: switches a relay output</li>
 * </ul>
 * Commands need a JSON body, which a cross-site form cannot send. Refusals carry the service's message for the tile
 * ({@link JsonCalls}): 400 bad input or a preset/output the camera does not know, 403 without the right, 404 unknown
 * camera, 409 a camera without ONVIF (or another refusal of the service), 502 the camera failed, 503 its recorder
 * could not be reached.
 */
@WebServlet(urlPatterns = {CameraControlServlet.CONTROLS, CameraControlServlet.PRESET, CameraControlServlet.MOVE,
        CameraControlServlet.OUTPUT})
public class CameraControlServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(CameraControlServlet.class.getName());
    static final String CONTROLS = "/camera-controls";
    static final String PRESET = "/ptz-preset";
    static final String MOVE = "/ptz-move";
    static final String OUTPUT = "/camera-output";

    @EJB
    private CameraControlService control;

    @EJB
    private CameraService cameras;

    @EJB
    private PermissionService permissions;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!JsonCalls.isFor(CONTROLS, request, response, "Use POST.")) {
            return;
        }
        answer(response, () -> {
            String camera = cameraId(request.getParameter("camera"));
            return CameraControlJson.controls(cameras.findCamera(camera)
                    .orElseThrow(() -> new NotFoundException("This camera does not exist.")),
                    permissions.rightsOn(camera));
        }, refusal -> "You may not use this camera.");
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String command = request.getServletPath();
        if (CONTROLS.equals(command)) {
            JsonReply.send(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, JsonCalls.error("Use GET."));
            return;
        }
        if (!JsonCalls.requireJson(request, response)) {
            return;
        }
        answer(response, () -> {
            JsonObject body = JsonCalls.readObject(request);
            String camera = cameraId(CameraControlJson.string(body, "camera"));
            switch (command) {
                case PRESET -> control.gotoPreset(camera, CameraControlJson.string(body, "preset"));
                case MOVE -> control.move(camera, CameraControlJson.move(body));
                default -> control.setOutput(camera, CameraControlJson.string(body, "output"),
                        CameraControlJson.active(body));
            }
            return "{}";
        }, OUTPUT.equals(command) ? refusal -> "You may not switch this camera's outputs."
                : refusal -> "You may not steer this camera.");
    }

    static String cameraId(String value) {
        return LiveAccessServlet.cameraIdOf(value)
                .orElseThrow(() -> new ValidationException("camera", "'camera' must be a camera id."));
    }

    private static void answer(HttpServletResponse response, JsonCalls.Call call,
                               Function<EJBAccessException, String> refused) throws IOException {
        JsonCalls.answer(response, call, LOG, "The camera cannot be controlled right now.", refused);
    }
}
