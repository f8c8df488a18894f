package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The second stream's state in a camera status: round trip, absent from older recorders, malformed refused. */
class CameraStatusSecondaryStreamTest {

    @Test
    void theSecondStreamsStateAndSizeRoundTrip() throws ProtocolException {
        CameraStatus status = new CameraStatus("cam-1", "STREAMING", 250, 1_000_000, null, true, "TCP",
                new SecondaryStreamStatus("STREAMING", 640, 360, 2));

        CameraStatus read = CameraStatus.fromJson(status.toJson());

        assertEquals(status, read);
        assertTrue(read.secondaryStream().connected());
    }

    @Test
    void aStatusWithoutItOrBeforeTheFirstFrameParses() throws ProtocolException {
        assertNull(CameraStatus.fromJson(new CameraStatus("cam-1", "STREAMING", 1, 2, null, null, null).toJson())
                .secondaryStream());
        SecondaryStreamStatus connecting = CameraStatus.fromJson(new CameraStatus("cam-1", "STREAMING", 1, 2, null,
                null, null, new SecondaryStreamStatus("CONNECTING", null, null, 0)).toJson()).secondaryStream();
        assertNull(connecting.width());
        assertEquals("CONNECTING", connecting.state());
    }

    @Test
    void aMalformedOneIsRefused() {
        JsonObject bad = Json.createObjectBuilder(new CameraStatus("cam-1", "STREAMING", 1, 2, null, null, null)
                .toJson()).add("secondaryStream", "STREAMING").build();

        assertThrows(ProtocolException.class, () -> CameraStatus.fromJson(bad));
    }
}
