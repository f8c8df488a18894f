package org.argusvms.recorder.metadata;

import org.argusvms.recorder.onvif.OnvifMetadata;
import org.argusvms.recorder.onvif.OnvifMetadataXml;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class OnvifMetadataXmlTest {

    @Test
    void readsObjectsWithBoxesAndClassesAndNotificationsWithTopicAndItems() throws Exception {
        OnvifMetadata metadata = OnvifMetadataXml.parse(OnvifMetadataSamples.motion("2026-11-26T10:00:00Z", true));

        assertEquals(1, metadata.objects().size());
        OnvifMetadata.DetectedObject object = metadata.objects().get(0);
        assertEquals("7", object.objectId());
        assertEquals("Human", object.type());
        assertEquals(new OnvifMetadata.Box(-0.5, 0.4, -0.3, -0.6), object.box());
        assertEquals(new OnvifMetadata.Notification("tns1:RuleEngine/CellMotionDetector/Motion",
                "2026-11-26T10:00:00Z", "Changed", Map.of("VideoSourceConfigurationToken", "VS1"),
                Map.of("IsMotion", "true")), metadata.notifications().get(0));
    }

    @Test
    void refusesWhatIsNotAWellFormedMetadataStream() {
        for (String bad : new String[] {
                "<tt:MetadataStream" + OnvifMetadataSamples.NAMESPACES + "><tt:Event>",
                "not xml at all",
                "",
                "<MetadataStream><Event/></MetadataStream>",
                "<?xml version=\"1.0\"?><!DOCTYPE lol [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                        + "<tt:MetadataStream" + OnvifMetadataSamples.NAMESPACES + ">&lol2;</tt:MetadataStream>",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                        + "<tt:MetadataStream" + OnvifMetadataSamples.NAMESPACES + ">&xxe;</tt:MetadataStream>"}) {
            assertThrows(OnvifMetadataXml.MalformedMetadataException.class,
                    () -> OnvifMetadataXml.parse(bad.getBytes(StandardCharsets.UTF_8)), bad);
        }
    }
}
