package org.argusvms.management.application.internal;

import org.argusvms.management.application.NewCamera;
import org.argusvms.management.application.ValidationException;
import org.argusvms.recorder.protocol.IdleRecording;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.RtspTransport;
import org.argusvms.recorder.protocol.TriggeredRecording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CameraInputValidatorTest {

    private static final TriggeredRecording STORED = new TriggeredRecording(20, 120, IdleRecording.KEYFRAMES);

    private static NewCamera camera(String mode, Integer preBuffer, Integer postBuffer, String idle) {
        return NewCamera.builder().name("Gate").streamUrl("rtsp://10.0.0.5/stream").recordingMode(mode).enabled(true)
                .triggeredRecording(preBuffer, postBuffer, idle).build();
    }

    private static ValidationException refusal(NewCamera input) {
        return assertThrows(ValidationException.class, () -> {
            CameraInputValidator.validate(input);
            CameraInputValidator.triggeredRecording(input, TriggeredRecording.DEFAULTS);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALWAYS", "OFF", "EVENT", "MOTION", "event", "Motion"})
    void everyRecorderModeIsAccepted(String mode) {
        assertEquals(RecordingMode.valueOf(mode.toUpperCase()),
                CameraInputValidator.validate(camera(mode, null, null, null)));
    }

    @Test
    void withoutAModeTheCameraRecordsAlways() {
        assertEquals(RecordingMode.ALWAYS, CameraInputValidator.validate(camera(null, null, null, null)));
    }

    @Test
    void anUnknownModeIsRefusedListingTheModes() {
        ValidationException e = refusal(camera("SCHEDULE", null, null, null));

        assertEquals("recordingMode", e.field());
        assertTrue(e.getMessage().contains("EVENT") && e.getMessage().contains("MOTION"), e.getMessage());
    }

    @Test
    void absentBufferFieldsTakeTheGivenSettings() {
        assertEquals(TriggeredRecording.DEFAULTS,
                CameraInputValidator.triggeredRecording(camera("EVENT", null, null, null), TriggeredRecording.DEFAULTS));
        assertEquals(STORED, CameraInputValidator.triggeredRecording(camera("EVENT", null, null, null), STORED));
        assertEquals(new TriggeredRecording(20, 0, IdleRecording.FULL),
                CameraInputValidator.triggeredRecording(camera("EVENT", null, 0, "full"), STORED));
    }

    @Test
    void theRecordersBoundsAreAccepted() {
        assertEquals(new TriggeredRecording(60, 3600, IdleRecording.KEYFRAMES), CameraInputValidator.triggeredRecording(
                camera("ALWAYS", 60, 3600, "KEYFRAMES"), TriggeredRecording.DEFAULTS));
        assertEquals(new TriggeredRecording(0, 0, IdleRecording.FULL), CameraInputValidator.triggeredRecording(
                camera("ALWAYS", 0, 0, "FULL"), TriggeredRecording.DEFAULTS));
    }

    @Test
    void theRtspTransportIsTakenInAnySpellingAndAbsentKeepsTheCurrentOne() {
        NewCamera udp = NewCamera.builder().name("Gate").streamUrl("rtsp://10.0.0.5/stream").rtspTransport(" udp ")
                .build();

        assertEquals(RtspTransport.UDP, CameraInputValidator.rtspTransport(udp, RtspTransport.TCP));
        assertEquals(RtspTransport.AUTO,
                CameraInputValidator.rtspTransport(camera("ALWAYS", null, null, null), RtspTransport.AUTO));
    }

    @Test
    void anUnknownRtspTransportIsRefusedNamingTheFieldAndTheChoices() {
        ValidationException e = refusal(NewCamera.builder().name("Gate").streamUrl("rtsp://10.0.0.5/stream")
                .rtspTransport("SCTP").build());

        assertEquals("rtspTransport", e.field());
        assertEquals("rtspTransport must be TCP, UDP or AUTO", e.getMessage());
    }

    @Test
    void aRecordersRefusalIsShownNextToTheFieldItNames() {
        assertEquals("recordingMode", CameraInputValidator.fieldNamedIn("unknown recordingMode EVENT"));
        assertEquals("postBufferSeconds", CameraInputValidator.fieldNamedIn("postBufferSeconds must be 0..3600, got 4000"));
        assertEquals("streamUrl", CameraInputValidator.fieldNamedIn("no driver for rtsp stream"));
        assertEquals("streamUrl", CameraInputValidator.fieldNamedIn(null));
    }

    @Test
    void valuesOutsideTheRecordersBoundsAreRefusedNamingTheField() {
        ValidationException preBuffer = refusal(camera("EVENT", 61, null, null));
        assertEquals("preBufferSeconds", preBuffer.field());
        assertTrue(preBuffer.getMessage().contains("0..60"), preBuffer.getMessage());

        assertEquals("preBufferSeconds", refusal(camera("EVENT", -1, null, null)).field());
        assertEquals("postBufferSeconds", refusal(camera("EVENT", null, 3601, null)).field());
        assertEquals("postBufferSeconds", refusal(camera("EVENT", null, -5, null)).field());
        assertEquals("idleRecording", refusal(camera("ALWAYS", null, null, "HALF")).field());
    }
}
