package org.argusvms.simulator.rtsp;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Base64;
import java.util.HexFormat;

import org.argusvms.simulator.h264.H264Clip;
import org.argusvms.simulator.rtp.RtpStream;

/** The SDP (RFC 4566) a DESCRIBE returns: one H.264 video track, described as RFC 6184 asks. */
final class SdpDescription {

    private SdpDescription() {
    }

    static String of(String cameraName, H264Clip clip, InetAddress serverAddress, long sessionId) {
        String addressType = serverAddress instanceof Inet6Address ? "IP6" : "IP4";
        String anyAddress = serverAddress instanceof Inet6Address ? "::" : "0.0.0.0";
        int payloadType = RtpStream.H264_PAYLOAD_TYPE;
        return "v=0\r\n"
                + "o=- " + sessionId + " 1 IN " + addressType + " " + serverAddress.getHostAddress() + "\r\n"
                + "s=" + cameraName + "\r\n"
                + "c=IN " + addressType + " " + anyAddress + "\r\n"
                + "t=0 0\r\n"
                + "a=tool:Argus Camera Simulator\r\n"
                + "a=range:npt=0-\r\n"
                + "a=control:*\r\n"
                + "m=video 0 RTP/AVP " + payloadType + "\r\n"
                + "a=rtpmap:" + payloadType + " H264/" + RtpStream.CLOCK_RATE + "\r\n"
                + "a=fmtp:" + payloadType + " packetization-mode=1;profile-level-id=" + profileLevelId(clip)
                + ";sprop-parameter-sets=" + spropParameterSets(clip) + "\r\n"
                + "a=framerate:" + clip.fps() + "\r\n"
                + "a=control:" + RtspUri.TRACK_CONTROL + "\r\n";
    }

    /** profile_idc, constraint flags and level_idc: the three SPS bytes after the NAL header, in hex. */
    static String profileLevelId(H264Clip clip) {
        byte[] sps = clip.sps().bytes();
        if (sps.length < 4) {
            throw new IllegalArgumentException("SPS too short for a profile-level-id");
        }
        return HexFormat.of().formatHex(sps, 1, 4);
    }

    static String spropParameterSets(H264Clip clip) {
        Base64.Encoder base64 = Base64.getEncoder();
        return base64.encodeToString(clip.sps().bytes()) + "," + base64.encodeToString(clip.pps().bytes());
    }
}
