package org.argusvms.simulator.rtsp;

import java.nio.charset.StandardCharsets;

/** DESCRIBE answers of a broken camera firmware, for faults MALFORMED_SDP and MALFORMED_RTSP. */
final class MalformedResponses {

    /** A session description without a single media section, plus a line that is not SDP at all. */
    private static final String UNUSABLE_SDP = "v=0\r\no=- 0 0 IN IP4 0.0.0.0\r\ns=broken firmware\r\n"
            + "this line is not SDP\r\nt=0 0\r\n";

    private MalformedResponses() {
    }

    static RtspResponse unusableSdp() {
        return RtspResponse.of(RtspStatus.OK).body("application/sdp", UNUSABLE_SDP.getBytes(StandardCharsets.US_ASCII));
    }

    /** Neither the status line nor the CSeq (the request's plus 1000) matches what the client waits for. */
    static RtspResponse garbledStatusLine(RtspRequest request) {
        long cseq = request.header("CSeq").map(MalformedResponses::parseOrZero).orElse(0L) + 1000;
        return RtspResponse.verbatim(("RTSP/1.0 2OO OKAY?\r\nCSeq: " + cseq + "\r\nContent-Length: 8\r\n\r\n\u0001garbage")
                .getBytes(StandardCharsets.ISO_8859_1));
    }

    private static long parseOrZero(String value) {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
