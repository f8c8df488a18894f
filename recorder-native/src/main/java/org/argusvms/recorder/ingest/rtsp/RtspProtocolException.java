package org.argusvms.recorder.ingest.rtsp;

/**
 * The camera broke the RTSP, SDP or RTP rules, refused a request or could not be reached. The message is the
 * failure reason operators see: it never contains credentials.
 */
final class RtspProtocolException extends Exception {

    RtspProtocolException(String message) {
        super(message);
    }
}
