package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads and writes protocol frames: a 4-byte big-endian length N (1..{@link #MAX_FRAME_BYTES}) followed by N bytes of
 * one UTF-8 JSON object. A length prefix (rather than newline-delimited JSON) lets a reader reject an oversized frame
 * before buffering it and keeps binary-safe framing for later protocol versions.
 */
public final class FrameCodec {

    public static final int PROTOCOL_VERSION = 1;
    public static final int MAX_FRAME_BYTES = 1 << 20;

    private FrameCodec() {
    }

    /**
     * Reads one frame. Returns {@code null} on a clean end of stream before the first length byte.
     *
     * @throws ProtocolException if the frame is empty, oversized, not JSON or not a JSON object with a string "type"
     */
    public static JsonObject read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        int first = data.read();
        if (first < 0) {
            return null;
        }
        int length;
        try {
            length = (first << 24) | (data.readUnsignedByte() << 16) | (data.readUnsignedShort());
        } catch (EOFException e) {
            throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "stream ended inside a frame length");
        }
        if (length <= 0 || length > MAX_FRAME_BYTES) {
            throw new ProtocolException(ErrorCode.MALFORMED_FRAME,
                    "frame length " + Integer.toUnsignedString(length) + " outside 1.." + MAX_FRAME_BYTES);
        }
        byte[] payload = new byte[length];
        try {
            data.readFully(payload);
        } catch (EOFException e) {
            throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "stream ended inside a frame payload");
        }
        return parse(payload);
    }

    static JsonObject parse(byte[] payload) throws ProtocolException {
        JsonValue value;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(payload))) {
            value = reader.readValue();
        } catch (JsonException | IllegalStateException e) {
            throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "frame is not valid JSON");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "frame is not a JSON object");
        }
        JsonObject object = value.asJsonObject();
        if (!(object.get("type") instanceof jakarta.json.JsonString)) {
            throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "frame has no string member \"type\"");
        }
        return object;
    }

    /** Writes one frame and flushes, so that a frame never waits in a buffer behind a slow peer. */
    public static void write(OutputStream out, JsonObject frame) throws IOException {
        byte[] payload = frame.toString().getBytes(StandardCharsets.UTF_8);
        if (payload.length > MAX_FRAME_BYTES) {
            throw new ProtocolException(ErrorCode.MALFORMED_FRAME, "outgoing frame of " + payload.length + " bytes is too large");
        }
        byte[] header = {
            (byte) (payload.length >>> 24), (byte) (payload.length >>> 16), (byte) (payload.length >>> 8), (byte) payload.length
        };
        synchronized (out) {
            out.write(header);
            out.write(payload);
            out.flush();
        }
    }
}
