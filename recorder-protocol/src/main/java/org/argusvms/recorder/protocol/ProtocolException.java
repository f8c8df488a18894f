package org.argusvms.recorder.protocol;

import java.io.IOException;

/** A peer broke the framing or sent a message this side cannot understand; the connection must be closed. */
public class ProtocolException extends IOException {

    private final ErrorCode code;

    public ProtocolException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
