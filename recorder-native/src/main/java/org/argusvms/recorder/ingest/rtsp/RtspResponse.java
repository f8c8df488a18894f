package org.argusvms.recorder.ingest.rtsp;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One RTSP response as received; a header may occur more than once (WWW-Authenticate). Header names compare
 * case-insensitively.
 */
record RtspResponse(int status, String reason, List<Map.Entry<String, String>> headers, byte[] body) {

    /** The first value of the header, or null. */
    String header(String name) {
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                return header.getValue();
            }
        }
        return null;
    }

    List<String> headers(String name) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, String> header : headers) {
            if (header.getKey().equalsIgnoreCase(name)) {
                values.add(header.getValue());
            }
        }
        return values;
    }

    boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    String statusText() {
        return status + (reason.isEmpty() ? "" : " " + reason);
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * Parses a status line and headers (ISO-8859-1 text up to, not including, the empty line).
     *
     * @throws RtspProtocolException if the status line is not {@code RTSP/x.y NNN reason}
     */
    static RtspResponse parseHead(String head, byte[] body) throws RtspProtocolException {
        String[] lines = head.split("\r?\n");
        String statusLine = lines[0];
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("RTSP/") || parts[1].length() != 3
                || !parts[1].chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new RtspProtocolException("malformed RTSP status line from the camera: "
                    + printable(statusLine));
        }
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.add(Map.entry(lines[i].substring(0, colon).trim(), lines[i].substring(colon + 1).trim()));
            }
        }
        return new RtspResponse(Integer.parseInt(parts[1]), parts.length > 2 ? parts[2].trim() : "",
                List.copyOf(headers), body);
    }

    /** At most 80 characters of camera-supplied text, control characters replaced, for a failure reason. */
    static String printable(String text) {
        String shortened = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        return "\"" + shortened.replaceAll("[\\p{Cntrl}]", "?") + "\"";
    }
}
