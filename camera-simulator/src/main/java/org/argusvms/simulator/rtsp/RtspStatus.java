package org.argusvms.simulator.rtsp;

/** The RTSP/1.0 status codes this server answers with (RFC 2326 section 7.1.1). */
public enum RtspStatus {
    OK(200, "OK"),
    BAD_REQUEST(400, "Bad Request"),
    UNAUTHORIZED(401, "Unauthorized"),
    NOT_FOUND(404, "Not Found"),
    SESSION_NOT_FOUND(454, "Session Not Found"),
    METHOD_NOT_VALID_IN_THIS_STATE(455, "Method Not Valid in This State"),
    UNSUPPORTED_TRANSPORT(461, "Unsupported transport"),
    INTERNAL_SERVER_ERROR(500, "Internal Server Error"),
    NOT_IMPLEMENTED(501, "Not Implemented"),
    SERVICE_UNAVAILABLE(503, "Service Unavailable"),
    RTSP_VERSION_NOT_SUPPORTED(505, "RTSP Version not supported");

    private final int code;
    private final String reason;

    RtspStatus(int code, String reason) {
        this.code = code;
        this.reason = reason;
    }

    public int code() {
        return code;
    }

    public String reason() {
        return reason;
    }
}
