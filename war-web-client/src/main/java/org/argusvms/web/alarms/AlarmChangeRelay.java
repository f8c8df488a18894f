package org.argusvms.web.alarms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open alarm sockets of this node. Notices are a few dozen bytes, sent blocking under the session's lock,
 * which keeps one session's notices in order; a session that cannot take them is dropped (the page reconnects).
 */
@ApplicationScoped
public class AlarmChangeRelay {

    private static final System.Logger LOG = System.getLogger(AlarmChangeRelay.class.getName());

    private record Entry(Session session, AlarmRecipient recipient) {
    }

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

    /** Starts notifying {@code session}, or closes it when the upgrade had no signed-in user (no recipient). */
    void admit(Session session, AlarmRecipient recipient) throws IOException {
        if (recipient == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "not signed in"));
            return;
        }
        sessions.put(session.getId(), new Entry(session, recipient));
        send(session, AlarmNotice.READY);
    }

    void remove(Session session) {
        sessions.remove(session.getId());
    }

    /** @param cameraId the alarm's camera, null for none */
    void publish(String cameraId, String notice) {
        sessions.values().stream().filter(entry -> entry.recipient().admits(cameraId))
                .forEach(entry -> send(entry.session(), notice));
    }

    private void send(Session session, String notice) {
        synchronized (session) {
            try {
                if (session.isOpen()) {
                    session.getBasicRemote().sendText(notice);
                }
            } catch (IOException | IllegalStateException e) {
                LOG.log(System.Logger.Level.DEBUG, "Alarm notice not sent to session " + session.getId(), e);
                sessions.remove(session.getId());
            }
        }
    }
}
