package org.argusvms.recorder.mp4;

import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.H264Clips;
import org.argusvms.recorder.testing.Mp4Boxes;
import org.argusvms.recorder.testing.Mp4Boxes.Box;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class Fmp4MuxerTest {

    private final List<VideoFrame> frames = H264Clips.frames(H264Clips.HIGH_320X180, 0, 0);

    @Test
    void initSegmentDescribesTheTrackWithAvcConfigurationFromTheSps() {
        byte[] init = new Fmp4Muxer(VideoFrame.TIMESCALE).initSegment(frames.get(0).parameterSets());

        List<Box> boxes = Mp4Boxes.parse(init);
        assertEquals(List.of("ftyp", "moov"), boxes.stream().map(Box::type).toList());
        Box moov = boxes.get(1);
        assertEquals(List.of("mvhd", "trak", "mvex"), moov.children().stream().map(Box::type).toList());
        assertEquals(VideoFrame.TIMESCALE, moov.find("trak", "mdia", "mdhd").u32(12));
        Box tkhd = moov.find("trak", "tkhd");
        assertEquals(320, tkhd.u32(76) >> 16);
        assertEquals(180, tkhd.u32(80) >> 16);
        Box stbl = moov.find("trak", "mdia", "minf", "stbl");
        assertEquals(List.of("stsd", "stts", "stsc", "stsz", "stco"),
                stbl.children().stream().map(Box::type).toList());
        // stsd: full box header (4) + entry count (4), then the avc1 sample entry
        Box avc1 = Mp4Boxes.parse(bytesOf(stbl.child("stsd"), 8)).get(0);
        assertEquals("avc1", avc1.type());
        assertEquals(320, avc1.u16(24));
        assertEquals(180, avc1.u16(26));
        Box avcC = Mp4Boxes.parse(bytesOf(avc1, 78)).get(0);
        assertEquals("avcC", avcC.type());
        assertEquals(100, avcC.u8(1)); // High profile
        assertEquals(12, avcC.u8(3)); // level 1.2
        assertEquals(3, avcC.u8(4) & 3); // 4-byte NAL lengths
        assertEquals(1, moov.find("mvex", "trex").u32(4)); // track id
    }

    @Test
    void anH265InitSegmentHasAnHvc1SampleEntryWithHvcC() {
        List<VideoFrame> hevc = H264Clips.frames(H264Clips.MAIN_320X180_H265, 0, 0);

        byte[] init = new Fmp4Muxer(VideoFrame.TIMESCALE).initSegment(hevc.get(0).parameterSets());

        Box stbl = Mp4Boxes.parse(init).get(1).find("trak", "mdia", "minf", "stbl");
        Box hvc1 = Mp4Boxes.parse(bytesOf(stbl.child("stsd"), 8)).get(0);
        assertEquals("hvc1", hvc1.type());
        assertEquals(320, hvc1.u16(24));
        assertEquals(180, hvc1.u16(26));
        Box hvcC = Mp4Boxes.parse(bytesOf(hvc1, 78)).get(0);
        assertEquals("hvcC", hvcC.type());
        assertEquals(1, hvcC.u8(1) & 0x1F, "Main profile");
    }

    @Test
    void ffprobeDecodesEveryFrameOfAMuxedH265Clip(@TempDir Path directory) throws Exception {
        Path mp4 = directory.resolve("hevc.mp4");
        Files.write(mp4, muxInGops(H264Clips.frames(H264Clips.MAIN_320X180_H265, 0, 0)));

        assertEquals(new Ffprobe.VideoReport("hevc", 320, 180, 50, 2.0), Ffprobe.probe(mp4));
        assertEquals("", Ffprobe.decodeErrors(mp4));
    }

    @Test
    void fragmentsAddUpAndPointAtTheirSamples() {
        Fmp4Muxer muxer = new Fmp4Muxer(VideoFrame.TIMESCALE);
        List<Mp4Sample> samples = new ArrayList<>();
        for (VideoFrame frame : frames.subList(0, 25)) {
            samples.add(new Mp4Sample(frame.sample(), H264Clips.FRAME_TICKS, 0, frame.keyframe()));
        }

        byte[] fragment = muxer.fragment(90_000, samples);

        List<Box> boxes = Mp4Boxes.parse(fragment);
        assertEquals(List.of("moof", "mdat"), boxes.stream().map(Box::type).toList());
        Box moof = boxes.get(0);
        Box mdat = boxes.get(1);
        assertEquals(1, moof.child("mfhd").u32(4));
        assertEquals(90_000, moof.find("traf", "tfdt").u64(4));
        Box trun = moof.find("traf", "trun");
        assertEquals(25, trun.u32(4));
        assertEquals(mdat.offset() + 8, moof.offset() + trun.u32(8), "data offset points at the first sample byte");
        long sampleBytes = 0;
        for (int i = 0; i < 25; i++) {
            int entry = 12 + i * 12;
            assertEquals(H264Clips.FRAME_TICKS, trun.u32(entry));
            sampleBytes += trun.u32(entry + 4);
            long flags = trun.u32(entry + 8);
            assertEquals(i == 0, (flags & 0x00010000) == 0, "only the keyframe is a sync sample");
        }
        assertEquals(mdat.size() - 8, sampleBytes);
    }

    @Test
    void compositionOffsetsUseSignedTrunVersion() {
        byte[] fragment = new Fmp4Muxer(VideoFrame.TIMESCALE).fragment(0, List.of(
                new Mp4Sample(frames.get(0).sample(), 3600, 7200, true),
                new Mp4Sample(frames.get(1).sample(), 3600, -3600, false)));

        Box trun = Mp4Boxes.parse(fragment).get(0).find("traf", "trun");

        assertEquals(1, trun.u8(0));
        assertEquals(7200, trun.u32(12 + 12));
        assertEquals(-3600, (int) trun.u32(12 + 16 + 12));
    }

    @Test
    void sequenceNumbersAndDecodeTimesIncrease() {
        Fmp4Muxer muxer = new Fmp4Muxer(VideoFrame.TIMESCALE);
        long previousTfdt = -1;
        for (int i = 0; i < 5; i++) {
            VideoFrame frame = frames.get(i);
            Box moof = Mp4Boxes.parse(muxer.fragment(frame.decodeTime(),
                    List.of(new Mp4Sample(frame.sample(), 3600, 0, frame.keyframe())))).get(0);
            assertEquals(i + 1, moof.child("mfhd").u32(4));
            long tfdt = moof.find("traf", "tfdt").u64(4);
            assertTrue(tfdt > previousTfdt);
            previousTfdt = tfdt;
        }
    }

    @Test
    void ffprobeDecodesEveryFrameOfAMuxedClip(@TempDir Path directory) throws Exception {
        Path mp4 = directory.resolve("clip.mp4");
        Files.write(mp4, muxInGops(frames));

        Ffprobe.VideoReport report = Ffprobe.probe(mp4);

        assertEquals(new Ffprobe.VideoReport("h264", 320, 180, 50, 2.0), report);
        assertEquals("", Ffprobe.decodeErrors(mp4));
    }

    /** Init segment and one fragment per 25 frames. */
    private static byte[] muxInGops(List<VideoFrame> frames) {
        Fmp4Muxer muxer = new Fmp4Muxer(VideoFrame.TIMESCALE);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes(muxer.initSegment(frames.get(0).parameterSets()));
        for (int start = 0; start < frames.size(); start += 25) {
            List<Mp4Sample> gop = new ArrayList<>();
            for (VideoFrame frame : frames.subList(start, Math.min(frames.size(), start + 25))) {
                gop.add(new Mp4Sample(frame.sample(), H264Clips.FRAME_TICKS, 0, frame.keyframe()));
            }
            file.writeBytes(muxer.fragment(frames.get(start).decodeTime(), gop));
        }
        return file.toByteArray();
    }

    private static byte[] bytesOf(Box box, int skip) {
        byte[] bytes = new byte[box.payload().remaining() - skip];
        box.payload().duplicate().position(skip).get(bytes);
        return bytes;
    }
}
