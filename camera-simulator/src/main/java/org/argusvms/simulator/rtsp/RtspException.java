package org.argusvms.simulator.rtsp;

/** A request the server refuses with the given status; the connection stays usable. */
final class RtspException extends Exception {

    private static final long serialVersionUID = 1L;

    private final RtspStatus status;

    RtspException(RtspStatus status, String message) {
        super(message);
        this.status = status;
    }

    RtspStatus status() {
        return status;
    }
}
