package org.argusvms.simulator.rtsp;

import java.io.IOException;

/** The byte stream is not RTSP; where the next request would start is unknown, so the connection must close. */
final class RtspFramingException extends IOException {

    private static final long serialVersionUID = 1L;

    RtspFramingException(String message) {
        super(message);
    }
}
