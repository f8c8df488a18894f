package org.argusvms.recorder.storage;

import org.argusvms.recorder.codec.AudioCodec;
import org.argusvms.recorder.codec.AudioFormat;
import org.argusvms.recorder.codec.AudioFrame;
import org.argusvms.recorder.mp4.Mp4Sample;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentAudioTest {

    private static final AudioFormat G711 = new AudioFormat(AudioCodec.PCMU, 8000, 1, new byte[0]);
    /** 40 ms of G.711 (320 samples) lasts 3600 ticks of the 90 kHz timeline. */
    private static final int PACKET_TICKS = 3600;
    private static final long SEGMENT_START = 900_000;

    private final SegmentAudio audio = new SegmentAudio();

    @Test
    void aFragmentTakesTheAudioBeforeTheNextGopInTheAudioTimescale() {
        audio.announce(G711);
        assertEquals(G711, audio.startSegment());
        for (int i = 0; i < 30; i++) {
            audio.add(packet(SEGMENT_START + (long) i * PACKET_TICKS), SEGMENT_START);
        }

        SegmentAudio.Run first = audio.takeUntil(SEGMENT_START + 90_000, SEGMENT_START); // one second of video
        SegmentAudio.Run rest = audio.takeUntil(-1, SEGMENT_START);

        assertEquals(0, first.baseDecodeTime());
        assertEquals(25, first.samples().size(), "the packets that start within the second");
        assertTrue(first.samples().stream().allMatch(sample -> sample.duration() == 320));
        assertEquals(8000, rest.baseDecodeTime(), "continues where the first fragment's audio ended");
        assertEquals(5, rest.samples().size());
    }

    @Test
    void lostPacketsLengthenTheFrameBeforeTheGapSoTheRestStaysInSync() {
        audio.announce(G711);
        audio.startSegment();
        audio.add(packet(SEGMENT_START), SEGMENT_START);
        audio.add(packet(SEGMENT_START + 3L * PACKET_TICKS), SEGMENT_START); // two packets lost

        List<Mp4Sample> samples = audio.takeUntil(-1, SEGMENT_START).samples();

        assertEquals(List.of(960, 320), samples.stream().map(Mp4Sample::duration).toList());
    }

    @Test
    void audioBeforeTheSegmentLateAudioAndAnotherFormatAreDropped() {
        audio.announce(G711);
        audio.startSegment();
        audio.add(packet(SEGMENT_START - PACKET_TICKS), SEGMENT_START);
        audio.add(packet(SEGMENT_START), SEGMENT_START);
        audio.add(new AudioFrame(new byte[160], SEGMENT_START + PACKET_TICKS,
                new AudioFormat(AudioCodec.PCMA, 8000, 1, new byte[0])), SEGMENT_START);
        assertEquals(1, audio.takeUntil(-1, SEGMENT_START).samples().size());

        audio.add(packet(SEGMENT_START), SEGMENT_START); // arrives after its period was written
        assertTrue(audio.takeUntil(-1, SEGMENT_START).samples().isEmpty());
    }

    @Test
    void aNewFormatTakesEffectWithTheNextSegment() {
        audio.announce(G711);
        audio.startSegment();

        audio.announce(null);

        assertTrue(audio.formatChanged());
        assertNull(audio.startSegment());
        assertFalse(audio.formatChanged());
        audio.add(packet(SEGMENT_START), SEGMENT_START);
        assertTrue(audio.takeUntil(-1, SEGMENT_START).samples().isEmpty(), "a video-only segment has no audio");
    }

    private static AudioFrame packet(long time) {
        return new AudioFrame(new byte[320], time, G711);
    }
}
