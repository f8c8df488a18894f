package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.json.JsonObject;
import jakarta.servlet.annotation.WebServlet;
import org.argusvms.management.application.CameraService;

/** {@code /admin/cameras}: every camera with its configuration (no password) and state; add, change, remove. */
@WebServlet("/admin/cameras")
public class CameraConfigurationServlet extends AdminCollectionServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private CameraService cameras;

    public CameraConfigurationServlet() {
        super("camera", "You do not have the right to do this.");
    }

    @Override
    String list() {
        return ConfigurationJson.cameras(cameras.listCameras());
    }

    @Override
    String add(JsonObject body) {
        return ConfigurationJson.camera(cameras.addCamera(CameraInput.newCamera(body)));
    }

    @Override
    String change(String id, JsonObject body) {
        return ConfigurationJson.camera(cameras.updateCamera(id, CameraInput.change(body)));
    }

    @Override
    void remove(String id) {
        cameras.removeCamera(id);
    }
}
