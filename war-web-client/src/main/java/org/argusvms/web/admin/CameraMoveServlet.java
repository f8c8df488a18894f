package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.management.application.CameraMove;
import org.argusvms.management.application.CameraService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.web.JsonCalls;
import org.argusvms.web.RequestIds;

import java.io.IOException;

/**
 * {@code POST /admin/camera-move?id=ID} with JSON {@code {recordingServerId, version}}: the camera list's "Move to…"
 * action. The camera EJB validates, moves, pushes to both recorders and audits, as the signed-in administrator;
 * {@link ConfigurationAccessFilter} admits only configuration administrators. Answers the moved camera.
 */
@WebServlet("/admin/camera-move")
public class CameraMoveServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(CameraMoveServlet.class.getName());

    @EJB
    private CameraService cameras;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!JsonCalls.requireJson(request, response)) {
            return;
        }
        JsonCalls.answer(response, () -> {
            String id = RequestIds.of(request.getParameter("id"))
                    .orElseThrow(() -> new ValidationException("id", "The parameter 'id' must be a " + item() + " id."));
            JsonObject body = JsonCalls.readObject(request);
            CameraMove move = new CameraMove(JsonFields.text(body, "recordingServerId"), JsonFields.version(body));
            return moved(id, move);
        }, LOG, "The " + item() + " cannot be moved right now.");
    }

    /** What is moved, in messages. */
    String item() {
        return "camera";
    }

    /** Moves it and answers it as the page lists it. */
    String moved(String id, CameraMove move) {
        return ConfigurationJson.camera(cameras.moveCamera(id, move));
    }
}
