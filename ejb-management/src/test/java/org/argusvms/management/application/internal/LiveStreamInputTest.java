package org.argusvms.management.application.internal;

import org.argusvms.management.application.NewCamera;
import org.argusvms.management.application.ValidationException;
import org.argusvms.recorder.protocol.LiveStreamSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A camera's second stream as an administrator sets it: new cameras, changes that keep it, and refusals. */
class LiveStreamInputTest {

    private static final CameraInputValidator.LiveStream NONE =
            new CameraInputValidator.LiveStream(LiveStreamSource.PRIMARY, null);
    private static final CameraInputValidator.LiveStream STORED =
            new CameraInputValidator.LiveStream(LiveStreamSource.SECONDARY, "rtsp://10.0.0.5/sub");

    private static NewCamera input(String source, String url) {
        return NewCamera.builder().name("Gate").streamUrl("rtsp://10.0.0.5/main").liveStream(source, url).build();
    }

    private static CameraInputValidator.LiveStream resolved(NewCamera input, CameraInputValidator.LiveStream current) {
        return CameraInputValidator.liveStream(input, current, null);
    }

    @Test
    void aNewCameraWithoutTheFieldsHasOneStreamAndAUrlAloneMeansSecondary() {
        assertEquals(NONE, resolved(input(null, null), NONE));
        assertEquals(new CameraInputValidator.LiveStream(LiveStreamSource.SECONDARY, "rtsp://10.0.0.5/sub"),
                resolved(input(null, " rtsp://10.0.0.5/sub "), NONE));
        assertEquals(STORED, resolved(input("secondary", "rtsp://10.0.0.5/sub"), NONE));
    }

    @Test
    void aChangeWithoutTheFieldsKeepsTheStoredStreamAndPrimaryOrAnEmptyUrlRemovesIt() {
        assertEquals(STORED, resolved(input(null, null), STORED));
        assertEquals(NONE, resolved(input("PRIMARY", null), STORED));
        assertEquals(NONE, resolved(input(null, ""), STORED));
        assertEquals(new CameraInputValidator.LiveStream(LiveStreamSource.SECONDARY, "rtsp://10.0.0.5/other"),
                resolved(input(null, "rtsp://10.0.0.5/other"), STORED));
    }

    @Test
    void anOnvifCameraMayTakeItsSecondProfile() {
        assertEquals(new CameraInputValidator.LiveStream(LiveStreamSource.SECONDARY, null),
                CameraInputValidator.liveStream(input("SECONDARY", null), NONE, "http://10.0.0.5/onvif/device_service"));
    }

    @Test
    void badInputIsRefusedNamingTheFieldWithoutRepeatingCredentials() {
        assertRefused("liveStream", input("TERTIARY", null));
        assertRefused("liveStreamUrl", input("SECONDARY", "http://10.0.0.5/sub"));
        assertRefused("liveStreamUrl", input("SECONDARY", "rtsp://admin:s3cret@10.0.0.5/sub"));
        assertRefused("liveStreamUrl", input("SECONDARY", "rtsp://10.0.0.5/a b"));
        assertRefused("liveStreamUrl", input("SECONDARY", null));
        assertRefused("liveStreamUrl", input("PRIMARY", "rtsp://10.0.0.5/sub"));
    }

    private static void assertRefused(String field, NewCamera input) {
        ValidationException refused = assertThrows(ValidationException.class, () -> resolved(input, NONE));
        assertEquals(field, refused.field(), refused.getMessage());
        assertFalse(refused.getMessage().contains("s3cret"), refused.getMessage());
    }
}
