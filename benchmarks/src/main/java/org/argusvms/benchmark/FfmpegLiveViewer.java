package org.argusvms.benchmark;

import org.argusvms.simulator.stamp.FrameStamp;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;

/**
 * The peer of B4: ffmpeg as a low-delay RTSP viewer of the same stamped camera, straight from the camera
 * ({@code -fflags nobuffer -flags low_delay -threads 1}, no frame-threading delay; decoded pictures to a pipe): what a
 * common low-latency client reaches without recorder, browser or display, capture → decoded picture out of ffmpeg.
 */
final class FfmpegLiveViewer {

    private FfmpegLiveViewer() {
    }

    /** Watches {@code rtspUrl} for {@code duration} after a warm-up second; returns capture → decoded latencies. */
    static Latencies watch(String rtspUrl, int width, int height, Duration duration, Path log) throws IOException {
        Process ffmpeg = new ProcessBuilder(List.of("ffmpeg", "-nostdin", "-loglevel", "error", "-fflags", "nobuffer",
                "-flags", "low_delay", "-threads", "1", "-rtsp_transport", "tcp", "-i", rtspUrl, "-an", "-fps_mode", "passthrough",
                "-f", "rawvideo", "-pix_fmt", "gray", "pipe:1"))
                .redirectError(log.toFile()).start();
        Latencies latencies = new Latencies();
        byte[] picture = new byte[width * height];
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(1).plus(duration).toNanos();
        try (DataInputStream pictures = new DataInputStream(ffmpeg.getInputStream())) {
            while (System.nanoTime() < end) {
                pictures.readFully(picture);
                long decodedAt = System.currentTimeMillis();
                OptionalLong stamp = FrameStamp.read(picture, width);
                if (stamp.isPresent() && System.nanoTime() - start > 1_000_000_000L) {
                    latencies.add((decodedAt - stamp.getAsLong()) * 1_000_000);
                }
            }
        } catch (EOFException e) {
            throw new IOException("ffmpeg stopped before the end; see " + log, e);
        } finally {
            ffmpeg.destroy();
        }
        return latencies;
    }
}
