package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.codec.VideoCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SessionDescriptionTest {

    private static final String SIMULATOR_SDP = "v=0\r\no=- 42 1 IN IP4 127.0.0.1\r\ns=cam1\r\nc=IN IP4 0.0.0.0\r\n"
            + "t=0 0\r\na=tool:Argus Camera Simulator\r\na=range:npt=0-\r\na=control:*\r\n"
            + "m=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\n"
            + "a=fmtp:96 packetization-mode=1;profile-level-id=64001f;sprop-parameter-sets=Z2QAH6w=,aO48gA==\r\n"
            + "a=framerate:25\r\na=control:trackID=1\r\n";

    @Test
    void readsTheSimulatorsH264Track() throws Exception {
        VideoTrack track = SessionDescription.firstVideoTrack(SIMULATOR_SDP);

        assertEquals(VideoCodec.H264, track.codec());
        assertEquals(96, track.payloadType());
        assertEquals(90_000, track.clockRate());
        assertEquals("trackID=1", track.control());
        assertEquals("*", track.sessionControl());
        assertEquals(2, track.parameterSets().size());
        assertArrayEquals(Base64.getDecoder().decode("Z2QAH6w="), track.parameterSets().get(0));
    }

    @Test
    void skipsAudioAndUnknownVideoAndTakesTheFirstH265WithItsThreeParameterSets() throws Exception {
        String sdp = "v=0\nm=audio 0 RTP/AVP 0 97\na=rtpmap:97 H264/90000\na=control:audio\n"
                + "m=video 0 RTP/AVP 26\na=control:mjpeg\n"
                + "m=video 0 RTP/AVP 98 99\na=rtpmap:98 JPEG2000/90000\na=rtpmap:99 H265/90000\n"
                + "a=fmtp:99 sprop-vps=QAEMAf//;sprop-sps=QgEBAWA=; sprop-pps=RAHBcrA=\na=control:rtsp://cam/h265\n";

        VideoTrack track = SessionDescription.firstVideoTrack(sdp);

        assertEquals(VideoCodec.H265, track.codec());
        assertEquals(99, track.payloadType());
        assertEquals("rtsp://cam/h265", track.control());
        assertNull(track.sessionControl());
        assertEquals(3, track.parameterSets().size());
        assertEquals(32, (track.parameterSets().get(0)[0] >> 1) & 0x3F, "VPS first");
    }

    @Test
    void aTrackWithoutParameterSetsOrControlIsStillUsable() throws Exception {
        VideoTrack track = SessionDescription.firstVideoTrack("v=0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 h264/90000");

        assertTrue(track.parameterSets().isEmpty());
        assertNull(track.control());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "",
        "v=0\r\no=- 0 0 IN IP4 0.0.0.0\r\ns=broken firmware\r\nthis line is not SDP\r\nt=0 0\r\n",
        "v=0\r\nm=audio 0 RTP/AVP 0\r\n",
        "v=0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 VP8/90000\r\n",
        "v=0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/abc\r\n",
        "v=0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264\r\n",
        "v=0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/-90000\r\n",
        "v=0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\na=fmtp:96 sprop-parameter-sets=!!!,aO48gA==\r\n",
        "v=0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\na=fmtp:96 packetization-mode=2\r\n",
        "v=0\r\nm=video 0 RTP/AVP 96\r\na=rtpmap:96 H265/90000\r\na=fmtp:96 sprop-max-don-diff=2\r\n",
        "m=video\nm=video 0\nm=video 0 RTP/AVP 99999999999\na=rtpmap:99999999999 H264/90000\na=rtpmap\na=fmtp:\n",
    })
    void refusesDescriptionsWithoutUsableVideoWithAReason(String sdp) {
        RtspProtocolException refused = assertThrows(RtspProtocolException.class,
                () -> SessionDescription.firstVideoTrack(sdp));

        assertTrue(refused.getMessage().matches("(?i).*(session description|SDP|packetization|H\\.265).*"),
                refused.getMessage());
    }

    @Test
    void refusesAnAbsurdlyLongDescription() {
        String sdp = "v=0\n" + "a=x\n".repeat(5000);

        assertThrows(RtspProtocolException.class, () -> SessionDescription.firstVideoTrack(sdp));
    }
}
