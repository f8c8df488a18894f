package org.argusvms.simulator.rtsp;

import java.net.Inet6Address;
import java.net.InetAddress;

import org.argusvms.simulator.rtp.RtpStream;
import org.argusvms.simulator.rtp.RtpVideoFormat;

/** The SDP (RFC 4566) a DESCRIBE returns: one video track, H.264 (RFC 6184) or H.265 (RFC 7798). */
final class SdpDescription {

    private SdpDescription() {
    }

    static String of(String cameraName, RtpVideoFormat format, InetAddress serverAddress, long sessionId) {
        String addressType = serverAddress instanceof Inet6Address ? "IP6" : "IP4";
        String anyAddress = serverAddress instanceof Inet6Address ? "::" : "0.0.0.0";
        int payloadType = RtpStream.VIDEO_PAYLOAD_TYPE;
        return "v=0\r\n"
                + "o=- " + sessionId + " 1 IN " + addressType + " " + serverAddress.getHostAddress() + "\r\n"
                + "s=" + cameraName + "\r\n"
                + "c=IN " + addressType + " " + anyAddress + "\r\n"
                + "t=0 0\r\n"
                + "a=tool:Argus Camera Simulator\r\n"
                + "a=range:npt=0-\r\n"
                + "a=control:*\r\n"
                + "m=video 0 RTP/AVP " + payloadType + "\r\n"
                + "a=rtpmap:" + payloadType + " " + format.encodingName() + "/" + RtpStream.CLOCK_RATE + "\r\n"
                + "a=fmtp:" + payloadType + " " + format.formatParameters() + "\r\n"
                + "a=framerate:" + format.fps() + "\r\n"
                + "a=control:" + RtspUri.TRACK_CONTROL + "\r\n";
    }
}
