package org.argusvms.events.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import org.argusvms.events.application.DeviceEventView;

/**
 * Publishes stored events on the {@code ArgusEvents} topic inside the caller's transaction, so subscribers never see
 * an event that was rolled back. Message properties carry type and camera for selector-based filtering.
 */
@ApplicationScoped
public class EventPublisher {

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/topic/ArgusEvents")
    private Topic topic;

    public void publish(DeviceEventView event) {
        JsonObjectBuilder attributes = Json.createObjectBuilder();
        event.attributes().forEach(attributes::add);
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("id", event.id()).add("sourceType", event.sourceType()).add("seq", event.seq())
                .add("eventType", event.eventType()).add("occurredAt", event.occurredAt().toString())
                .add("attributes", attributes);
        if (event.recorderId() != null) {
            body.add("recorderId", event.recorderId());
        }
        if (event.cameraId() != null) {
            body.add("cameraId", event.cameraId());
        }
        var producer = jms.createProducer().setProperty("eventType", event.eventType())
                .setProperty("sourceType", event.sourceType());
        if (event.cameraId() != null) {
            producer.setProperty("cameraId", event.cameraId());
        }
        producer.send(topic, body.build().toString());
    }
}
