package org.argusvms.simulator.clip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.argusvms.simulator.h264.AccessUnit;
import org.argusvms.simulator.h264.H264Clip;
import org.argusvms.simulator.h265.H265Clip;
import org.argusvms.simulator.h265.HevcNalUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClipGeneratorTest {

    private static final ClipSpec SMALL = new ClipSpec(TestPattern.TESTSRC2, 160, 120, 10, 5, 2, 200);

    @TempDir
    Path cache;

    @Test
    void generatesAClipWithAFixedKeyFrameInterval() throws IOException {
        Path file = new ClipGenerator(cache).clipFor(SMALL);

        assertEquals(cache.resolve("testsrc2-160x120-10fps-gop5-2s-200k.h264"), file);
        H264Clip clip = H264Clip.load(file, SMALL.fps());
        assertEquals(20, clip.frameCount());
        List<Integer> keyFrames = IntStream.range(0, clip.frameCount())
                .filter(i -> clip.accessUnits().get(i).isIdr()).boxed().toList();
        assertEquals(List.of(0, 5, 10, 15), keyFrames);
        assertTrue(clip.accessUnits().stream().filter(AccessUnit::isIdr)
                .allMatch(idr -> idr.contains(7) && idr.contains(8)), "every key frame has SPS and PPS");
    }

    @Test
    void generatesAnH265ClipWhoseKeyFramesCarryVpsSpsAndPps() throws IOException {
        ClipSpec spec = SMALL.in(VideoCodec.H265);
        Path file = new ClipGenerator(cache).clipFor(spec);

        assertEquals(cache.resolve("testsrc2-160x120-10fps-gop5-2s-200k.h265"), file);
        H265Clip clip = H265Clip.load(file, spec.fps());
        assertEquals(20, clip.frameCount());
        List<Integer> keyFrames = IntStream.range(0, clip.frameCount())
                .filter(i -> H265Clip.isIrap(clip.accessUnits().get(i))).boxed().toList();
        assertEquals(List.of(0, 5, 10, 15), keyFrames);
        assertTrue(clip.accessUnits().stream().filter(H265Clip::isIrap).allMatch(irap -> irap.stream()
                .map(HevcNalUnit::type).toList().containsAll(List.of(32, 33, 34))), "every key frame has VPS, SPS, PPS");
    }

    @Test
    void reusesTheCachedClipWithoutRunningFfmpeg() throws IOException {
        Path generated = new ClipGenerator(cache).clipFor(SMALL);
        long size = Files.size(generated);

        Path cached = new ClipGenerator(cache, "/nonexistent/ffmpeg").clipFor(SMALL);

        assertEquals(generated, cached);
        assertEquals(size, Files.size(cached));
    }

    @Test
    void missingFfmpegIsAClearErrorAndLeavesNoFiles() throws IOException {
        IOException error = assertThrows(IOException.class,
                () -> new ClipGenerator(cache, "/nonexistent/ffmpeg").clipFor(SMALL));

        assertTrue(error.getMessage().contains("ffmpeg"), error.getMessage());
        assertEquals(List.of(), filesIn(cache));
    }

    @Test
    void failingFfmpegLeavesNoPartialClip() throws IOException {
        IOException error = assertThrows(IOException.class, () -> new ClipGenerator(cache, "false").clipFor(SMALL));

        assertTrue(error.getMessage().contains("exit code 1"), error.getMessage());
        assertEquals(List.of(), filesIn(cache));
    }

    @Test
    void cacheKeyNamesEveryParameter() {
        assertEquals("mandelbrot-640x360-30fps-gop60-5s-1500k.h264",
                new ClipSpec(TestPattern.MANDELBROT, 640, 360, 30, 60, 5, 1500).cacheFileName());
        IllegalArgumentException odd = assertThrows(IllegalArgumentException.class,
                () -> new ClipSpec(TestPattern.TESTSRC2, 641, 360, 25, 25, 5, 1500));
        assertTrue(odd.getMessage().contains("even"), odd.getMessage());
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }
}
