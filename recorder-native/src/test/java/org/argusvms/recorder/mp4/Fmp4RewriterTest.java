package org.argusvms.recorder.mp4;

import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.H264Clips;
import org.argusvms.recorder.testing.Mp4Boxes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class Fmp4RewriterTest {

    private static final long DAY_TICKS = 24L * 3600 * VideoFrame.TIMESCALE;

    @TempDir
    Path directory;

    private final List<VideoFrame> frames = H264Clips.frames(H264Clips.HIGH_320X180, 0, 0);
    private final byte[] init = new Fmp4Muxer(VideoFrame.TIMESCALE).initSegment(frames.get(0).parameterSets());

    @Test
    void aShortExportKeepsVersion0HeadersWithTheDuration() {
        List<Mp4Boxes.Box> boxes = Mp4Boxes.parse(Fmp4Rewriter.initWithDuration(init, 2 * VideoFrame.TIMESCALE));
        Mp4Boxes.Box moov = boxes.get(1);

        assertEquals(2000, moov.child("mvhd").u32(16), "mvhd duration in ms");
        assertEquals(2000, moov.find("mvex", "mehd").u32(4), "mehd in the movie timescale");
        assertEquals(0, moov.find("trak", "mdia", "mdhd").u8(0), "version 0");
        assertEquals(2 * VideoFrame.TIMESCALE, moov.find("trak", "mdia", "mdhd").u32(16));
    }

    @Test
    void aDayLongExportOverflowsThe90kHzMediaHeaderIntoVersion1AndFfprobeReadsIt() throws Exception {
        byte[] longInit = Fmp4Rewriter.initWithDuration(init, DAY_TICKS);
        Mp4Boxes.Box mdhd = Mp4Boxes.parse(longInit).get(1).find("trak", "mdia", "mdhd");
        assertEquals(1, mdhd.u8(0));
        assertEquals(DAY_TICKS, mdhd.u64(24));

        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(longInit);
        List<Mp4Sample> samples = new ArrayList<>();
        frames.forEach(frame -> samples.add(new Mp4Sample(frame.sample(), H264Clips.FRAME_TICKS, 0, frame.keyframe())));
        file.writeBytes(new Fmp4Muxer(VideoFrame.TIMESCALE).fragment(0, samples));
        Path mp4 = directory.resolve("day.mp4");
        Files.write(mp4, file.toByteArray());

        assertEquals(86_400.0, Ffprobe.formatDuration(mp4), 0.001);
    }
}
