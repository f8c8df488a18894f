package org.argusvms.recorder.protocol;

/** Error codes carried in {@code error} objects of responses and in protocol-level error frames. */
public enum ErrorCode {
    /** The peer speaks a protocol version this side does not. */
    UNSUPPORTED_PROTOCOL,
    /** A frame was too large, empty, not JSON, or lacked a required member. */
    MALFORMED_FRAME,
    /** The command name is unknown to the recorder. */
    UNKNOWN_COMMAND,
    /** The command's body failed validation; nothing was changed. */
    INVALID_ARGUMENT,
    /** The command names a camera the recorder does not have. */
    UNKNOWN_CAMERA,
    /** The recorder could not carry out a valid command. */
    INTERNAL_ERROR,
    /** No answer arrived within the request timeout. */
    TIMEOUT,
    /** The caller is not allowed to do this. */
    FORBIDDEN,
    /** The camera cannot do this, e.g. PTZ or outputs on a camera configured without an ONVIF address. */
    NOT_SUPPORTED,
    /** The camera refused the command or did not answer (ONVIF fault, wrong credentials, unreachable). */
    CAMERA_ERROR
}
