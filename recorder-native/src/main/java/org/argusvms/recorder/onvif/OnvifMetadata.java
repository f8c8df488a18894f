package org.argusvms.recorder.onvif;

import java.util.List;
import java.util.Map;

/**
 * What one ONVIF metadata stream document ({@code tt:MetadataStream}) says, as far as the recorder uses it: the
 * analytics objects of its {@code tt:VideoAnalytics} frames and the notifications of its {@code tt:Event}s.
 */
public record OnvifMetadata(List<DetectedObject> objects, List<Notification> notifications) {

    public OnvifMetadata {
        objects = List.copyOf(objects);
        notifications = List.copyOf(notifications);
    }

    /**
     * An object of a {@code tt:Frame}: ONVIF's normalized coordinates (-1..1, y up); {@code box} null when the
     * camera gave none, {@code type} (the class, e.g. {@code Human}) null when it gave none.
     */
    public record DetectedObject(String frameTime, String objectId, String type, Box box) {
    }

    public record Box(double left, double top, double right, double bottom) {
    }

    /**
     * A {@code wsnt:NotificationMessage}: its topic as written (e.g. {@code tns1:RuleEngine/CellMotionDetector/Motion}),
     * the message's {@code UtcTime} and {@code PropertyOperation} (null for events that are not properties), and its
     * source and data {@code SimpleItem}s in document order.
     */
    public record Notification(String topic, String utcTime, String propertyOperation, Map<String, String> source,
                               Map<String, String> data) {

        public Notification {
            source = Map.copyOf(source);
            data = Map.copyOf(data);
        }
    }
}
