package org.argusvms.events.domain.model.rule;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageTemplateTest {

    @Test
    void placeholdersAreReplacedAndUnknownOnesBecomeEmpty() {
        assertEquals("Door 7 forced (rule Night doors)!", MessageTemplate.render(
                "${event.message} (rule ${rule.name})!${event.nothing}",
                Map.of("event.message", "Door 7 forced", "rule.name", "Night doors")));
    }

    @Test
    void valuesAreInsertedLiterallyNeverExpandedAgain() {
        String sneaky = "${rule.secret} and $1 and \\ backslash";
        assertEquals("got: " + sneaky, MessageTemplate.render("got: ${event.message}",
                Map.of("event.message", sneaky, "rule.secret", "SHOULD NOT APPEAR")));
    }

    @Test
    void oneLineRenderingTurnsLineBreaksOfValuesIntoSpaces() {
        String injection = "hello\r\nBcc: victim@example.com";
        String subject = MessageTemplate.renderLine("Alert: ${event.message}", Map.of("event.message", injection));
        assertEquals("Alert: hello  Bcc: victim@example.com", subject);
        assertFalse(subject.contains("\n") || subject.contains("\r"));

        assertEquals("line one\nline two", MessageTemplate.render("${event.message}",
                Map.of("event.message", "line one\nline two")), "bodies keep their lines");
    }

    @Test
    void malformedPlaceholdersAreDetected() {
        assertTrue(MessageTemplate.isWellFormed("Camera ${event.cameraId} at ${event.occurredAt}, cost $5"));
        assertFalse(MessageTemplate.isWellFormed("Camera ${event.cameraId"));
        assertFalse(MessageTemplate.isWellFormed("Camera ${event camera}"));
    }
}
