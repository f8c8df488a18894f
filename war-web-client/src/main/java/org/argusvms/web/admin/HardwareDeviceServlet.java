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
 * The devices of one hardware unit, each call answering the unit with its devices:
 * {@code POST /admin/hardware-devices?id=HARDWARE} with a device's JSON ({@code kind, channel, name, enabled?,
 * outputToken?, streamUrl?, recordingMode?}) adds it (a camera is pushed to the unit's recorder);
 * {@code PUT …?id=HARDWARE&deviceId=DEVICE} with {@code {name?, enabled?}} is the hardware list's Enable/Disable (for
 * a camera device, the camera's own flag); {@code DELETE …?id=HARDWARE&deviceId=DEVICE} removes it (a camera as
 * "delete camera" does; the unit's last camera is refused with 409).
 */
@WebServlet("/admin/hardware-devices")
public class HardwareDeviceServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final System.Logger LOG = System.getLogger(HardwareDeviceServlet.class.getName());

    @EJB
    private HardwareService hardware;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!JsonCalls.requireJson(request, response)) {
            return;
        }
        JsonCalls.answer(response, () -> RecordJson.object(hardware.addDevice(id(request, "id"),
                HardwareForm.newDevice(JsonCalls.readObject(request)))), LOG, "The device cannot be added right now.");
    }

    @Override
    protected void doDelete(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonCalls.answer(response, () -> RecordJson.object(hardware.removeDevice(id(request, "id"),
                id(request, "deviceId"))), LOG, "The device cannot be removed right now.");
    }

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
