package org.argusvms.connector.api;

import org.argusvms.recorder.protocol.ErrorCode;

/** A command failed: the recorder refused it, did not answer in time, or could not be reached. */
public class RecorderCommandException extends Exception {

    private final ErrorCode code;

    public RecorderCommandException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public RecorderCommandException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** {@code null} when the recorder could not be reached at all. */
    public ErrorCode code() {
        return code;
    }
}
