package org.argusvms.recorder.metadata;

import org.argusvms.recorder.onvif.OnvifMetadata;
import org.argusvms.recorder.protocol.RecorderEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the notifications of a camera's metadata documents into recorder events, once per change: cameras repeat
 * the state of every property (motion on or off, a rule's state) in each document, so an event goes out only when a
 * property's data differs from what the same topic and source said last. A notification that is not a property (no
 * {@code PropertyOperation}, e.g. a line crossing) is an event each time it is new, i.e. unless the same message
 * (time and data) was seen last. Motion properties become {@code onvif.motion.started/stopped}; a motion property
 * first seen off says nothing (the camera is quiet), everything else first seen is an event. One instance per camera,
 * used from one thread.
 */
final class MetadataEventChanges {

    /** Topics and sources remembered per camera; a camera with more is odd, and forgetting only repeats an event. */
    static final int MAX_REMEMBERED = 1024;
    private static final int MAX_ATTRIBUTE_LENGTH = 256;

    /** A recorder event to publish. */
    record Change(String eventType, Map<String, String> attributes) {
    }

    private final Map<String, String> lastState = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > MAX_REMEMBERED;
        }
    };

    List<Change> changes(OnvifMetadata metadata) {
        List<Change> changes = new ArrayList<>();
        for (OnvifMetadata.Notification notification : metadata.notifications()) {
            String key = notification.topic() + " " + new TreeMap<>(notification.source());
            boolean property = notification.propertyOperation() != null;
            String state = new TreeMap<>(notification.data()).toString()
                    + (property ? "" : " @" + notification.utcTime());
            String previous = lastState.put(key, state);
            if (state.equals(previous)) {
                continue;
            }
            Boolean motion = motionState(notification);
            if (motion != null) {
                if (previous != null || motion) {
                    changes.add(new Change(motion ? RecorderEvent.ONVIF_MOTION_STARTED
                            : RecorderEvent.ONVIF_MOTION_STOPPED, attributes(notification)));
                }
            } else {
                changes.add(new Change(RecorderEvent.ONVIF_EVENT, attributes(notification)));
            }
        }
        return changes;
    }

    /**
     * Whether the notification is a motion property and what it says: a topic naming motion with a boolean
     * {@code IsMotion} or {@code State} item; null for anything else.
     */
    static Boolean motionState(OnvifMetadata.Notification notification) {
        if (notification.propertyOperation() == null
                || !notification.topic().toLowerCase(Locale.ROOT).contains("motion")) {
            return null;
        }
        String value = notification.data().getOrDefault("IsMotion", notification.data().get("State"));
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> Boolean.TRUE;
            case "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static Map<String, String> attributes(OnvifMetadata.Notification notification) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("topic", bounded(notification.topic()));
        if (notification.utcTime() != null) {
            attributes.put("utcTime", bounded(notification.utcTime()));
        }
        if (notification.propertyOperation() != null) {
            attributes.put("propertyOperation", bounded(notification.propertyOperation()));
        }
        notification.source().forEach((name, value) -> attributes.put("source." + bounded(name), bounded(value)));
        notification.data().forEach((name, value) -> attributes.put("data." + bounded(name), bounded(value)));
        return attributes;
    }

    private static String bounded(String text) {
        return text.length() <= MAX_ATTRIBUTE_LENGTH ? text : text.substring(0, MAX_ATTRIBUTE_LENGTH);
    }
}
