package org.argusvms.mobile.events;

import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.websocket.CloseReason;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnMessage;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpoint;

import java.io.IOException;
import java.io.StringReader;
import java.util.logging.Logger;
import org.argusvms.json.Jsons;

/**
 * {@code /api/v1/events/ws}: live events for operators and administrators. The client sends
 * {@code {"type":"subscribe","eventTypes":[…],"cameraIds":[…]}} (each optional, empty for all) and receives
 * {@code {"type":"subscribed"}}, then {@code {"type":"event","event":{…}}} for each matching event; a message it
 * cannot understand is answered with {@code {"type":"error","message":…}} and changes nothing.
 * Authentication happens on the upgrade request (see {@link SubscriberHandshake}).
 */
@ServerEndpoint(value = "/v1/events/ws", configurator = SubscriberHandshake.class)
public class EventStreamEndpoint {

    static final int MAX_MESSAGE_CHARS = 64 * 1024;
    private static final Logger LOG = Logger.getLogger(EventStreamEndpoint.class.getName());

    @Inject
    private EventSubscribers subscribers;

    @OnOpen
    public void open(Session session, EndpointConfig config) throws IOException {
        Subscriber subscriber = (Subscriber) config.getUserProperties().get(SubscriberHandshake.SUBSCRIBER);
        if (subscriber == null || !(subscriber.operatorOrAdministrator() || !subscriber.visibleCameraIds().isEmpty())) {
            // A signed-in user whose roles grant no camera and who is no operator has nothing to receive.
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "no rights to any events"));
            return;
        }
        session.getUserProperties().put(SubscriberHandshake.SUBSCRIBER, subscriber);
        session.setMaxTextMessageBufferSize(MAX_MESSAGE_CHARS);
        LOG.fine(() -> "Event subscriber " + subscriber.name() + " connected (session " + session.getId() + ")");
    }

    @OnMessage
    public String message(Session session, String text) {
        Subscriber subscriber = (Subscriber) session.getUserProperties().get(SubscriberHandshake.SUBSCRIBER);
        if (subscriber == null) {
            return null; // being closed by open()
        }
        JsonObject message;
        try (JsonReader reader = Jsons.reader(new StringReader(text))) {
            message = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            return error("messages must be JSON objects");
        }
        if (!"subscribe".equals(message.getString("type", null))) {
            return error("unknown message type; send {\"type\":\"subscribe\",\"eventTypes\":[…],\"cameraIds\":[…]}");
        }
        try {
            subscribers.subscribe(session, subscriber, Subscription.fromJson(message));
        } catch (IllegalArgumentException e) {
            return error(e.getMessage());
        }
        return Jsons.objectBuilder().add("type", "subscribed").build().toString();
    }

    @OnClose
    public void close(Session session) {
        subscribers.remove(session);
    }

    @OnError
    public void error(Session session, Throwable error) {
        LOG.fine(() -> "Event subscriber session " + session.getId() + " failed: " + error);
        subscribers.remove(session);
    }

    private static String error(String text) {
        return Jsons.objectBuilder().add("type", "error").add("message", text).build().toString();
    }
}
