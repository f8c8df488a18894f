package org.argusvms.benchmark;

import org.argusvms.recorder.events.EventPublisher;
import org.argusvms.recorder.storage.CameraRecording;
import org.argusvms.recorder.storage.MediaDatabase;
import org.argusvms.recorder.storage.RecordingSettings;
import org.argusvms.recorder.storage.StorageLayout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes hours of one camera's archive in minutes, without real-time recording: a looped clip with synthetic
 * timestamps goes through the recorder's own storage path (a {@link CameraRecording}, its SegmentWriter and the
 * {@link MediaDatabase} index, one-minute segments, one fsynced fragment per GOP). The ffmpeg peer's archive is the
 * same clip cut by ffmpeg's segment muxer, one {@code seg-NNNNN.mp4} per minute.
 */
final class ArchiveBuilder {

    static final Duration SEGMENT = Duration.ofMinutes(1);
    private static final EventPublisher NO_EVENTS = (type, cameraId, attributes) -> { };
    private static final int QUEUE = 4096;

    /** Where every benchmark archive starts: a fixed instant, so runs are comparable. */
    static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    /** What was written: the camera's storage, the recorded range, and the segment files. */
    record Archive(Path storage, String cameraId, Instant from, Instant to, int segments, long bytes) {
    }

    /** The same video archived by Argus (and how long writing it took) and by the ffmpeg peer. */
    record Archives(Archive argus, double argusWriteSeconds, Archive ffmpeg) {
    }

    private ArchiveBuilder() {
    }

    /** Both archives of {@code length} of the looped clip from {@link #START}, in {@code workDir}/argus and /ffmpeg. */
    static Archives both(Path workDir, String cameraId, ClipFrames clip, Duration length) throws Exception {
        Files.createDirectories(workDir);
        long start = System.nanoTime();
        Archive argus = argus(workDir.resolve("argus"), cameraId, clip, START, length);
        double argusWriteSeconds = (System.nanoTime() - start) / 1e9;
        return new Archives(argus, argusWriteSeconds, ffmpegSegments(workDir.resolve("ffmpeg"), clip, START, length));
    }

    static Archive argus(Path storage, String cameraId, ClipFrames clip, Instant from, Duration length) throws IOException {
        deleteTree(storage);
        Files.createDirectories(storage);
        StorageLayout layout = new StorageLayout(storage);
        try (MediaDatabase media = MediaDatabase.open(layout, NO_EVENTS, Clock.systemUTC(), 0)) {
            CameraRecording recording = new CameraRecording(cameraId, true, layout,
                    new RecordingSettings(SEGMENT, Duration.ofSeconds(1), QUEUE), NO_EVENTS, media);
            long frames = clip.framesIn(length.toSeconds());
            for (long n = 0; n < frames; n++) {
                recording.onFrame(clip.frame(n, from.toEpochMilli()));
                // the writer drops frames when its queue is full (a camera must never block), so keep it fed, not flooded
                while (n - recording.framesWritten() > QUEUE / 2) {
                    sleepBriefly();
                }
            }
            recording.close("archive written");
            if (recording.framesDropped() > 0) {
                throw new IllegalStateException(recording.framesDropped() + " frames dropped while writing the archive");
            }
            Instant to = from.plus(length);
            int segments = media.index().segments(cameraId, from.toEpochMilli(), to.toEpochMilli()).size();
            return new Archive(storage, cameraId, from, to, segments, treeSize(storage.resolve(cameraId)));
        }
    }

    /** The peer's archive: {@code ffmpeg -c copy -f segment -segment_time 60} over the same looped clip. */
    static Archive ffmpegSegments(Path directory, ClipFrames clip, Instant from, Duration length) throws Exception {
        deleteTree(directory);
        Files.createDirectories(directory);
        long loops = (length.toSeconds() + clip.seconds() - 1) / clip.seconds();
        Path log = directory.resolve("segment.log");
        // a raw H.264 stream cannot be rewound for looping: wrap it in MP4 first (no re-encoding)
        Path loopable = directory.resolve("clip.mp4");
        FfmpegRun.run(log, "ffmpeg", "-nostdin", "-loglevel", "error", "-y", "-fflags", "+genpts",
                "-r", Integer.toString(clip.fps()), "-i", clip.file().toString(), "-c", "copy", loopable.toString());
        FfmpegRun.run(log, "ffmpeg", "-nostdin", "-loglevel", "error", "-y",
                "-stream_loop", Long.toString(loops - 1), "-i", loopable.toString(), "-t", Long.toString(length.toSeconds()), "-c", "copy",
                "-f", "segment", "-segment_time", Long.toString(SEGMENT.toSeconds()), "-reset_timestamps", "1",
                directory.resolve("seg-%05d.mp4").toString());
        Files.delete(loopable);
        List<Path> files = peerSegments(directory);
        return new Archive(directory, "peer", from, from.plus(length), files.size(),
                files.stream().mapToLong(ArchiveBuilder::size).sum());
    }

    /** The peer's segment files in time order; file {@code i} holds minute {@code i}. */
    static List<Path> peerSegments(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith("seg-")).sorted().toList();
        }
    }

    static List<Path> mp4Files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".mp4")).sorted().toList();
        }
    }

    static long treeSize(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(ArchiveBuilder::size).sum();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path path : all) {
                Files.delete(path);
            }
        }
    }

    private static void sleepBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the archive", e);
        }
    }
}
