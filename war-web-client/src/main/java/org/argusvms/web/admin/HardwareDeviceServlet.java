package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.argusvms.management.application.HardwareService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.web.JsonCalls;
import org.argusvms.web.RequestIds;

import java.io.IOException;

/**
 * {@code PUT /admin/hardware-devices?id=HARDWARE&deviceId=DEVICE} with JSON {@code {name?, enabled?}}: the hardware
 * list's Enable/Disable of one device (for a camera device, the camera's own flag). Answers the hardware.
 */
@WebServlet("/admin/hardware-devices")
public class HardwareDeviceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(HardwareDeviceServlet.class.getName());

    @EJB
    private HardwareService hardware;

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!JsonCalls.requireJson(request, response)) {
            return;
        }
        JsonCalls.answer(response, () -> RecordJson.object(hardware.changeDevice(id(request, "id"),
                id(request, "deviceId"), HardwareForm.device(JsonCalls.readObject(request)))),
                LOG, "The device cannot be changed right now.");
    }

    private static String id(HttpServletRequest request, String parameter) {
        return RequestIds.of(request.getParameter(parameter)).orElseThrow(() -> new ValidationException(parameter,
                "The parameter '" + parameter + "' must be an id."));
    }
}
