package org.argusvms.simulator.rtsp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.argusvms.simulator.audio.AudioClip;
import org.argusvms.simulator.audio.AudioCodec;
import org.argusvms.simulator.audio.SyntheticAdts;
import org.argusvms.simulator.h264.H264Clip;
import org.argusvms.simulator.h264.SyntheticH264;
import org.argusvms.simulator.rtp.RtpVideoFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void describesAnAacTrackAfterTheVideo(@TempDir Path directory) throws Exception {
        H264Clip clip = H264Clip.of(SyntheticH264.clip(2, 2, 20), 25);
        AudioClip audio = AudioClip.load(SyntheticAdts.write(directory.resolve("a.adts"), 2, 10, 8), AudioCodec.AAC);

        String sdp = SdpDescription.of("cam1", RtpVideoFormat.h264(clip), audio, InetAddress.getLoopbackAddress(), 42);

        assertTrue(sdp.indexOf("m=video") < sdp.indexOf("m=audio"), sdp);
        assertTrue(sdp.contains("\r\nm=audio 0 RTP/AVP 97\r\na=rtpmap:97 mpeg4-generic/16000/1\r\n"
                + "a=fmtp:97 streamtype=5;profile-level-id=15;mode=AAC-hbr;config=1408;"
                + "sizelength=13;indexlength=3;indexdeltalength=3\r\na=control:trackID=1\r\n"), sdp);
    }

    @Test
    void describesG711WithItsStaticPayloadType(@TempDir Path directory) throws Exception {
        H264Clip clip = H264Clip.of(SyntheticH264.clip(2, 2, 20), 25);
        AudioClip audio = AudioClip.load(Files.write(directory.resolve("a.al"), new byte[80]), AudioCodec.PCMA);

        String sdp = SdpDescription.of("cam1", RtpVideoFormat.h264(clip), audio, InetAddress.getLoopbackAddress(), 42);

        assertTrue(sdp.endsWith("m=audio 0 RTP/AVP 8\r\na=rtpmap:8 PCMA/8000\r\na=control:trackID=1\r\n"), sdp);
    }
}
