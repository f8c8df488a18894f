package org.argusvms.connector;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The open event connections, and which one is current for each recorder. A recorder that reconnects before its
 * old connection was detected dead replaces that connection; the replaced one then ends without announcing the
 * recorder offline, so "registered" and "offline" reach the endpoints in the order they really happened.
 */
final class RecorderSessions {

    /** Something to deliver while the recorder's announcements are serialised. */
    @FunctionalInterface
    interface Announcement {
        void deliver() throws EventDeliveryException;
    }

    private final Set<RecorderSession> open = ConcurrentHashMap.newKeySet();
    private final ConcurrentMap<String, RecorderSession> current = new ConcurrentHashMap<>();
    /** One lock per recorder id: registration and offline of one recorder never interleave, other recorders wait for nothing. */
    private final ConcurrentMap<String, Object> announcementLocks = new ConcurrentHashMap<>();

    void opened(RecorderSession session) {
        open.add(session);
    }

    Collection<RecorderSession> open() {
        return open;
    }

    /** Makes {@code session} the current one of {@code recorderId}, closing the one it replaces, then announces it. */
    void registered(String recorderId, RecorderSession session, Announcement announcement) throws EventDeliveryException {
        synchronized (lockOf(recorderId)) {
            RecorderSession replaced = current.put(recorderId, session);
            if (replaced != null && replaced != session) {
                replaced.replacedByNewConnection();
            }
            announcement.deliver();
        }
    }

    /**
     * Forgets a session that ended; when it was its recorder's current one, runs {@code offline} (which must handle
     * its own failures: there is nobody left to report them to).
     */
    void closed(RecorderSession session, String recorderIdOrNull, Runnable offline) {
        open.remove(session);
        if (recorderIdOrNull == null) {
            return;
        }
        synchronized (lockOf(recorderIdOrNull)) {
            if (current.remove(recorderIdOrNull, session)) {
                offline.run();
            }
        }
    }

    private Object lockOf(String recorderId) {
        return announcementLocks.computeIfAbsent(recorderId, id -> new Object());
    }
}
