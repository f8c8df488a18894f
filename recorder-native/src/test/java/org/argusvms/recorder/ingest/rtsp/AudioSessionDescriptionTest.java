package org.argusvms.recorder.ingest.rtsp;

import org.argusvms.recorder.codec.AudioCodec;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AudioSessionDescriptionTest {

    private static final String VIDEO = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=cam\r\nt=0 0\r\na=control:*\r\n"
            + "m=video 0 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\na=control:trackID=0\r\n";

    @Test
    void aacHbrWithItsConfigAndAuHeaderLayout() {
        AudioTrack track = AudioSessionDescription.firstAudioTrack(VIDEO + "m=audio 0 RTP/AVP 97\r\n"
                + "a=rtpmap:97 MPEG4-GENERIC/16000/1\r\n"
                + "a=fmtp:97 streamtype=5; profile-level-id=15; mode=AAC-hbr; config=1408; SizeLength=13;"
                + " IndexLength=3; IndexDeltaLength=3\r\na=control:trackID=1\r\n");

        assertEquals(AudioCodec.AAC, track.format().codec());
        assertEquals(16000, track.format().sampleRate());
        assertEquals(1, track.format().channels());
        assertArrayEquals(new byte[] {0x14, 0x08}, track.format().decoderConfig());
        assertEquals("mp4a.40.2", track.format().codecString());
        assertEquals(97, track.payloadType());
        assertEquals("trackID=1", track.control());
        assertEquals(13, track.sizeLength());
        assertEquals(3, track.indexLength());
        assertEquals(3, track.indexDeltaLength());
    }

    @Test
    void g711ByStaticPayloadTypeEvenWithoutRtpmap() {
        AudioTrack track = AudioSessionDescription.firstAudioTrack(VIDEO + "m=audio 0 RTP/AVP 8\r\na=control:a\r\n");

        assertEquals(AudioCodec.PCMA, track.format().codec());
        assertEquals(8000, track.format().sampleRate());
        assertEquals(8, track.payloadType());
    }

    @Test
    void unusableAudioIsNoAudioRatherThanAnError() {
        assertNull(AudioSessionDescription.firstAudioTrack(VIDEO));
        assertNull(AudioSessionDescription.firstAudioTrack(VIDEO + "m=audio 0 RTP/AVP 97\r\n"
                + "a=rtpmap:97 opus/48000/2\r\n"));
        assertNull(AudioSessionDescription.firstAudioTrack(VIDEO + "m=audio 0 RTP/AVP 97\r\n"
                + "a=rtpmap:97 mpeg4-generic/16000/1\r\na=fmtp:97 mode=AAC-hbr;config=zz;sizelength=13\r\n"),
                "config that is not hex");
        assertNull(AudioSessionDescription.firstAudioTrack(VIDEO + "m=audio 0 RTP/AVP 97\r\n"
                + "a=rtpmap:97 mpeg4-generic/16000/1\r\na=fmtp:97 mode=AAC-hbr;config=1408\r\n"), "no sizelength");
    }
}
