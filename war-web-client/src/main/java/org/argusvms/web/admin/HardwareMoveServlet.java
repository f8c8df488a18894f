package org.argusvms.web.admin;

import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import org.argusvms.management.application.CameraMove;
import org.argusvms.management.application.HardwareService;

/**
 * {@code POST /admin/hardware-move?id=ID} with JSON {@code {recordingServerId, version}}: the hardware list's
 * "Move to…", the same request as a camera's; the hardware EJB moves the unit with all its cameras. Answers the
 * moved hardware.
 */
@WebServlet("/admin/hardware-move")
public class HardwareMoveServlet extends CameraMoveServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private HardwareService hardware;

    @Override
    String item() {
        return "hardware";
    }

    @Override
    String moved(String id, CameraMove move) {
        return RecordJson.object(hardware.moveHardware(id, move));
    }
}
