package org.argusvms.recorder.metadata;

import org.argusvms.recorder.onvif.OnvifMetadataXml;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MetadataEventChangesTest {

    private final MetadataEventChanges changes = new MetadataEventChanges();

    private List<MetadataEventChanges.Change> feed(byte[] document) throws Exception {
        return changes.changes(OnvifMetadataXml.parse(document));
    }

    @Test
    void repeatedMotionStateIsOneEventPerChange() throws Exception {
        List<String> types = new ArrayList<>();
        boolean[] states = {false, false, true, true, true, false, false, true};
        for (int i = 0; i < states.length; i++) {
            feed(OnvifMetadataSamples.motion("2026-11-26T10:00:0" + i + "Z", states[i]))
                    .forEach(change -> types.add(change.eventType()));
        }

        assertEquals(List.of(RecorderEvent.ONVIF_MOTION_STARTED, RecorderEvent.ONVIF_MOTION_STOPPED,
                RecorderEvent.ONVIF_MOTION_STARTED), types, "a camera first seen quiet says nothing");
    }

    @Test
    void theEventCarriesTopicSourceAndData() throws Exception {
        MetadataEventChanges.Change change = feed(OnvifMetadataSamples.motion("2026-11-26T10:00:00Z", true)).get(0);

        assertEquals("tns1:RuleEngine/CellMotionDetector/Motion", change.attributes().get("topic"));
        assertEquals("true", change.attributes().get("data.IsMotion"));
        assertEquals("VS1", change.attributes().get("source.VideoSourceConfigurationToken"));
        assertEquals("2026-11-26T10:00:00Z", change.attributes().get("utcTime"));
    }

    @Test
    void motionAlarmStateCountsAsMotionAndOtherTopicsAreOnvifEvents() throws Exception {
        assertEquals(RecorderEvent.ONVIF_MOTION_STARTED, feed(OnvifMetadataSamples.document("2026-11-26T10:00:00Z",
                "tns1:VideoSource/MotionAlarm", "Initialized", "State", "true")).get(0).eventType());
        assertEquals(RecorderEvent.ONVIF_EVENT, feed(OnvifMetadataSamples.document("2026-11-26T10:00:00Z",
                "tns1:RuleEngine/TamperDetector/Tamper", "Initialized", "IsTamper", "false")).get(0).eventType());
    }

    @Test
    void statelessNotificationsAreEventsOnceEachRepeatOfTheSameMessageIsNot() throws Exception {
        String topic = "tns1:RuleEngine/LineDetector/Crossed";
        assertEquals(1, feed(OnvifMetadataSamples.document("2026-11-26T10:00:00Z", topic, null, "ObjectId", "7")).size());
        assertEquals(0, feed(OnvifMetadataSamples.document("2026-11-26T10:00:00Z", topic, null, "ObjectId", "7")).size(),
                "the same message repeated");
        assertEquals(1, feed(OnvifMetadataSamples.document("2026-11-26T10:00:05Z", topic, null, "ObjectId", "7")).size(),
                "a new crossing of the same object");
    }

    @Test
    void sourcesAreTrackedApart() throws Exception {
        byte[] one = OnvifMetadataSamples.motion("2026-11-26T10:00:00Z", true);
        byte[] other = new String(one, java.nio.charset.StandardCharsets.UTF_8).replace("VS1", "VS2")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        assertEquals(1, feed(one).size());
        assertEquals(1, feed(other).size(), "a second video source's motion is its own property");
        assertEquals(0, feed(one).size());
    }
}
