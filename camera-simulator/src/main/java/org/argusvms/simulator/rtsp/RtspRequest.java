package org.argusvms.simulator.rtsp;

import java.util.Optional;

/** One parsed RTSP request: request line, headers and body. */
record RtspRequest(String method, String uri, String version, RtspHeaders headers, byte[] body) {

    Optional<String> header(String name) {
        return headers.first(name);
    }

    /** The session id from the Session header, without parameters such as ";timeout=60". */
    Optional<String> sessionId() {
        return header("Session").map(value -> value.split(";", 2)[0].trim()).filter(id -> !id.isEmpty());
    }
}
