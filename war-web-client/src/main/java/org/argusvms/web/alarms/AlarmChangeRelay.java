package org.argusvms.web.alarms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import org.argusvms.web.PageSockets;

import java.io.IOException;

/** The open alarm sockets of this node (see {@link PageSockets}). */
@ApplicationScoped
public class AlarmChangeRelay {

    private final PageSockets<AlarmRecipient> sockets = new PageSockets<>("alarm notice");

    /** Starts notifying {@code session}, or closes it when the upgrade had no signed-in user (no recipient). */
    void admit(Session session, AlarmRecipient recipient) throws IOException {
        if (recipient == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not signed in"));
            return;
        }
        sockets.add(session, recipient, AlarmNotice.READY);
    }

    void remove(Session session) {
        sockets.remove(session);
    }

    /** @param cameraId the alarm's camera, null for none */
    void publish(String cameraId, String notice) {
        sockets.publish(recipient -> recipient.admits(cameraId), notice);
    }

    /** Keeps listening pages connected. */
    public void pingAll() {
        sockets.pingAll();
    }
}
