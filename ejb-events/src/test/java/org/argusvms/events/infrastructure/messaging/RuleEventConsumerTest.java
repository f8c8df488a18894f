package org.argusvms.events.infrastructure.messaging;

import org.argusvms.events.domain.model.rule.RuleEvent;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RuleEventConsumerTest {

    @Test
    void anEventAsTheEventServerPublishesItBecomesARuleEvent() {
        RuleEvent event = RuleEventConsumer.parse("{\"id\":\"e-1\",\"sourceType\":\"generic\",\"seq\":0,"
                + "\"eventType\":\"generic\",\"occurredAt\":\"2026-11-25T20:00:00Z\",\"attributes\":{"
                + "\"definition\":\"Door\",\"definitionId\":\"d-1\",\"message\":\"door 7 forced\"}}");

        assertEquals(new RuleEvent("e-1", "generic", "generic", null, Instant.parse("2026-11-25T20:00:00Z"),
                Map.of("definition", "Door", "definitionId", "d-1", "message", "door 7 forced")), event);
    }

    @Test
    void aCameraEventKeepsItsCamera() {
        RuleEvent event = RuleEventConsumer.parse("{\"id\":\"e-2\",\"sourceType\":\"recorder\",\"seq\":4,"
                + "\"eventType\":\"camera.disconnected\",\"occurredAt\":\"2026-11-25T20:00:00Z\",\"attributes\":{},"
                + "\"recorderId\":\"rec-1\",\"cameraId\":\"c-9\"}");

        assertEquals("c-9", event.cameraId());
        assertEquals("camera.disconnected", event.eventType());
    }
}
