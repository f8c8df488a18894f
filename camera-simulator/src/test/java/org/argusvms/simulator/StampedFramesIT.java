package org.argusvms.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import org.argusvms.simulator.stamp.FrameStamp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stamped camera as a latency benchmark meets it: a real RTSP client decodes its H.264 (compressed at the
 * configured bit rate) and reads from each picture's pixels a capture time that is recent and advances frame by frame.
 */
class StampedFramesIT {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final int FRAMES = 50;

    @TempDir
    Path output;

    @Test
    void everyDecodedPictureCarriesItsRecentCaptureTime() throws Exception {
        try (CameraSimulator simulator = CameraSimulator.start(SimulatorConfig.builder().port(0).cameras(2)
                .size(WIDTH, HEIGHT).gop(25).bitrateKbps(500).stampFrames(true).build())) {
            Path pictures = output.resolve("cam2.gray");
            long before = System.currentTimeMillis();

            ExternalCommand.Result ffmpeg = ExternalCommand.run(Duration.ofSeconds(30), "ffmpeg", "-v", "error",
                    "-rtsp_transport", "tcp", "-i", simulator.url("cam2"), "-frames:v", Integer.toString(FRAMES),
                    "-fps_mode", "passthrough", "-f", "rawvideo", "-pix_fmt", "gray", pictures.toString());
            long after = System.currentTimeMillis();

            assertEquals(0, ffmpeg.exitCode(), ffmpeg.output());
            List<Long> stamps = stamps(Files.readAllBytes(pictures));
            assertEquals(FRAMES, stamps.size(), "pictures decoded");
            for (int i = 0; i < stamps.size(); i++) {
                long stamp = stamps.get(i);
                assertTrue(stamp >= before - 2000 && stamp <= after, "picture " + i + " stamped " + stamp
                        + ", client ran " + before + " to " + after);
                if (i > 0) {
                    assertTrue(stamp > stamps.get(i - 1), "each picture is newer than the one before: " + stamps);
                }
            }
            double meanStep = (stamps.get(FRAMES - 1) - stamps.get(0)) / (double) (FRAMES - 1);
            assertEquals(40, meanStep, 5, "25 fps: 40 ms between pictures on average: " + stamps);
            assertTrue(simulator.drainStampedEncodeDelays().size() >= FRAMES, "encode delays kept for benchmarks");
        }
    }

    private static List<Long> stamps(byte[] gray) {
        int size = WIDTH * HEIGHT;
        List<Long> stamps = new ArrayList<>();
        for (int offset = 0; offset + size <= gray.length; offset += size) {
            OptionalLong stamp = FrameStamp.read(Arrays.copyOfRange(gray, offset, offset + size), WIDTH);
            assertTrue(stamp.isPresent(), "picture " + stamps.size() + " has a readable stamp");
            stamps.add(stamp.getAsLong());
        }
        return stamps;
    }
}
