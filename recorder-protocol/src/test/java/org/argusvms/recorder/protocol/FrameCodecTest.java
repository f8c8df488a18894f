package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FrameCodecTest {

    @Test
    void framesRoundTripInOrder() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        FrameCodec.write(out, Frames.managementHello());
        FrameCodec.write(out, Frames.ack(42));

        ByteArrayInputStream in = new ByteArrayInputStream(out.toByteArray());
        assertEquals("hello", FrameCodec.read(in).getString("type"));
        assertEquals(42, FrameCodec.read(in).getJsonNumber("seq").longValue());
        assertNull(FrameCodec.read(in), "clean end of stream");
    }

    @Test
    void oversizedLengthIsRejectedBeforeReadingThePayload() {
        byte[] header = ByteBuffer.allocate(4).putInt(FrameCodec.MAX_FRAME_BYTES + 1).array();
        ProtocolException e = assertThrows(ProtocolException.class, () -> FrameCodec.read(new ByteArrayInputStream(header)));
        assertEquals(ErrorCode.MALFORMED_FRAME, e.code());
    }

    @Test
    void negativeAndZeroLengthsAreRejected() {
        for (int length : new int[] {0, -1}) {
            byte[] header = ByteBuffer.allocate(4).putInt(length).array();
            assertThrows(ProtocolException.class, () -> FrameCodec.read(new ByteArrayInputStream(header)));
        }
    }

    @Test
    void truncatedPayloadIsAProtocolError() {
        byte[] frame = ByteBuffer.allocate(6).putInt(10).put((byte) '{').put((byte) '"').array();
        assertThrows(ProtocolException.class, () -> FrameCodec.read(new ByteArrayInputStream(frame)));
    }

    @Test
    void nonJsonAndNonObjectAndUntypedPayloadsAreRejected() {
        for (String payload : new String[] {"not json", "[1,2]", "{\"seq\":1}", "{\"type\":5}"}) {
            byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
            byte[] frame = ByteBuffer.allocate(4 + bytes.length).putInt(bytes.length).put(bytes).array();
            ProtocolException e = assertThrows(ProtocolException.class,
                    () -> FrameCodec.read(new ByteArrayInputStream(frame)), payload);
            assertEquals(ErrorCode.MALFORMED_FRAME, e.code());
        }
    }

    @Test
    void helloWithAnotherVersionIsUnsupported() {
        JsonObject hello = Json.createObjectBuilder().add("type", "hello").add("protocol", 2).build();
        ProtocolException e = assertThrows(ProtocolException.class, () -> Frames.requireSupportedVersion(hello));
        assertEquals(ErrorCode.UNSUPPORTED_PROTOCOL, e.code());
    }
}
