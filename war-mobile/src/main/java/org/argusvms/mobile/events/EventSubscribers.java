package org.argusvms.mobile.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.websocket.Session;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The open event WebSockets of this server, and fan-out of one event to those that want it and may see it. */
@ApplicationScoped
public class EventSubscribers {

    private record Entry(Subscriber subscriber, SessionOutbox outbox, Subscription subscription) {
    }

    private final Map<String, Entry> sessions = new ConcurrentHashMap<>();

    @Inject
    private CameraVisibility visibility;

    /** Starts delivering to {@code session} what {@code subscription} asks for, replacing an earlier subscription. */
    void subscribe(Session session, Subscriber subscriber, Subscription subscription) {
        sessions.compute(session.getId(), (id, existing) -> new Entry(subscriber,
                existing != null ? existing.outbox() : new SessionOutbox(session), subscription));
    }

    void remove(Session session) {
        sessions.remove(session.getId());
    }

    /**
     * Sends {@code message} to every subscriber whose filters match and who may see the camera.
     *
     * @param cameraId null for events that concern no camera
     */
    public void publish(String eventType, String cameraId, String message) {
        for (Entry entry : sessions.values()) {
            if (entry.subscription().wants(eventType, cameraId)
                    && visibility.mayReceive(entry.subscriber(), eventType, cameraId)) {
                entry.outbox().send(message);
            }
        }
    }

    /** Pings every subscriber (see {@link SessionOutbox#ping()}). */
    void pingAll() {
        sessions.values().forEach(entry -> entry.outbox().ping());
    }

    int count() {
        return sessions.size();
    }
}
