package org.argusvms.events.infrastructure.messaging;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.Topic;

import java.time.Instant;
import org.argusvms.json.Jsons;

/**
 * Tells video-wall clients to show a camera on a monitor: a message on the ArgusEvents topic with event type
 * {@value #SHOW}, so WebSocket subscribers receive it like any event (and only if they may see the camera):
 * {@code {id, sourceType: "rule", eventType: "videowall.show", occurredAt, cameraId, monitor, rule}}.
 */
@ApplicationScoped
public class VideoWallPublisher {

    public static final String SHOW = "videowall.show";
    public static final String SOURCE_TYPE = "rule";

    @Inject
    private JMSContext jms;

    @Resource(lookup = "java:/jms/topic/ArgusEvents")
    private Topic topic;

    public void show(String id, String monitor, String cameraId, String ruleName, Instant at) {
        String body = Jsons.objectBuilder().add("id", id).add("sourceType", SOURCE_TYPE).add("eventType", SHOW)
                .add("occurredAt", at.toString()).add("cameraId", cameraId).add("monitor", monitor)
                .add("rule", ruleName).build().toString();
        jms.createProducer().setProperty("eventType", SHOW).setProperty("sourceType", SOURCE_TYPE)
                .setProperty("cameraId", cameraId).send(topic, body);
    }
}
