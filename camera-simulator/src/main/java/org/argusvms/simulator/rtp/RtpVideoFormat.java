package org.argusvms.simulator.rtp;

import java.util.Base64;
import java.util.HexFormat;

import org.argusvms.simulator.h264.H264Clip;
import org.argusvms.simulator.h265.H265Clip;

/**
 * What an SDP says about a video stream: the RTP encoding name ({@code a=rtpmap}), its format parameters
 * ({@code a=fmtp}: parameter sets, profile) and the frame rate.
 */
public record RtpVideoFormat(String encodingName, String formatParameters, int fps) {

    /** RFC 6184: packetization mode 1, profile-level-id from the SPS, SPS and PPS. */
    public static RtpVideoFormat h264(H264Clip clip) {
        Base64.Encoder base64 = Base64.getEncoder();
        return new RtpVideoFormat("H264", "packetization-mode=1;profile-level-id=" + profileLevelId(clip)
                + ";sprop-parameter-sets=" + base64.encodeToString(clip.sps().bytes()) + ","
                + base64.encodeToString(clip.pps().bytes()), clip.fps());
    }

    /** RFC 7798: VPS, SPS and PPS, each base64. */
    public static RtpVideoFormat h265(H265Clip clip) {
        Base64.Encoder base64 = Base64.getEncoder();
        return new RtpVideoFormat("H265", "sprop-vps=" + base64.encodeToString(clip.vps().bytes())
                + ";sprop-sps=" + base64.encodeToString(clip.sps().bytes())
                + ";sprop-pps=" + base64.encodeToString(clip.pps().bytes()), clip.fps());
    }

    /** profile_idc, constraint flags and level_idc: the three SPS bytes after the NAL header, in hex. */
    static String profileLevelId(H264Clip clip) {
        byte[] sps = clip.sps().bytes();
        if (sps.length < 4) {
            throw new IllegalArgumentException("SPS too short for a profile-level-id");
        }
        return HexFormat.of().formatHex(sps, 1, 4);
    }
}
