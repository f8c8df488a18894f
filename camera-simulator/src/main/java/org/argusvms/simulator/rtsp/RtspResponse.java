package org.argusvms.simulator.rtsp;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An RTSP response under construction, plus an optional action to run once it has been sent. Fault injection adds
 * two kinds: verbatim bytes that need not be valid RTSP, and hanging up instead of answering.
 */
final class RtspResponse {

    private final RtspStatus status;
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private byte[] body = new byte[0];
    private byte[] verbatim;
    private boolean hangUp;
    private Runnable afterSent = () -> { };

    private RtspResponse(RtspStatus status) {
        this.status = status;
    }

    static RtspResponse of(RtspStatus status) {
        return new RtspResponse(status);
    }

    /** These bytes instead of a well-formed response; headers added later are ignored. */
    static RtspResponse verbatim(byte[] bytes) {
        RtspResponse response = new RtspResponse(RtspStatus.OK);
        response.verbatim = bytes.clone();
        return response;
    }

    /** No answer at all: the connection is closed instead. */
    static RtspResponse hangUp() {
        RtspResponse response = new RtspResponse(RtspStatus.OK);
        response.hangUp = true;
        return response;
    }

    boolean hangsUp() {
        return hangUp;
    }

    RtspStatus status() {
        return status;
    }

    RtspResponse header(String name, String value) {
        headers.add(Map.entry(name, value));
        return this;
    }

    /** Adds a header before all others; CSeq reads best first. */
    RtspResponse headerFirst(String name, String value) {
        headers.add(0, Map.entry(name, value));
        return this;
    }

    RtspResponse body(String contentType, byte[] content) {
        header("Content-Type", contentType);
        this.body = content.clone();
        return this;
    }

    /** For PLAY: media must not reach an interleaved connection before the response does. */
    RtspResponse afterSent(Runnable action) {
        this.afterSent = action;
        return this;
    }

    Runnable afterSent() {
        return afterSent;
    }

    byte[] encode() {
        if (verbatim != null) {
            return verbatim.clone();
        }
        StringBuilder head = new StringBuilder("RTSP/1.0 ").append(status.code()).append(' ').append(status.reason())
                .append("\r\n");
        headers.forEach(h -> head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n"));
        if (body.length > 0) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
        out.writeBytes(body);
        return out.toByteArray();
    }
}
