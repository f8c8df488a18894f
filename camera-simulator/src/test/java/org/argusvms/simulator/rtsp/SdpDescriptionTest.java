package org.argusvms.simulator.rtsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.argusvms.simulator.h264.H264Clip;
import org.argusvms.simulator.h264.SyntheticH264;
import org.argusvms.simulator.rtp.RtpVideoFormat;
import org.junit.jupiter.api.Test;

class SdpDescriptionTest {

    @Test
    void describesOneH264TrackWithItsParameterSets() {
        H264Clip clip = H264Clip.of(SyntheticH264.clip(2, 2, 20), 25);

        String sdp = SdpDescription.of("cam1", RtpVideoFormat.h264(clip), InetAddress.getLoopbackAddress(), 42);

        assertTrue(sdp.contains("\r\nm=video 0 RTP/AVP 96\r\n"), sdp);
        assertTrue(sdp.contains("\r\na=rtpmap:96 H264/90000\r\n"), sdp);
        assertTrue(sdp.contains("\r\na=control:trackID=0\r\n"), sdp);
        assertTrue(sdp.contains("\r\na=framerate:25\r\n"), sdp);
        Matcher fmtp = Pattern.compile("a=fmtp:96 packetization-mode=1;profile-level-id=([0-9a-f]{6});"
                + "sprop-parameter-sets=([^,]+),([^\\r]+)\r\n").matcher(sdp);
        assertTrue(fmtp.find(), sdp);
        assertTrue(fmtp.group(1).equals("64001f"), "High profile, level 3.1 from the SPS");
        assertArrayEquals(SyntheticH264.SPS, Base64.getDecoder().decode(fmtp.group(2)));
        assertArrayEquals(SyntheticH264.PPS, Base64.getDecoder().decode(fmtp.group(3)));
    }
}
