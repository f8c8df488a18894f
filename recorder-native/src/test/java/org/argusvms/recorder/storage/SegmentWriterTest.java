package org.argusvms.recorder.storage;

import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.H264Clips;
import org.argusvms.recorder.testing.Mp4Boxes;
import org.argusvms.recorder.testing.Mp4Boxes.Box;
import org.argusvms.recorder.testing.RecordedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SegmentWriterTest {

    private static final long START_MILLIS = Instant.parse("2025-03-01T23:59:59Z").toEpochMilli();

    @TempDir
    Path storage;

    private final RecordedEvents events = new RecordedEvents();

    private SegmentWriter writer(Duration segment, Duration fragment) {
        return new SegmentWriter("cam-a", new StorageLayout(storage), new RecordingSettings(segment, fragment, 64),
                events, SegmentListener.NONE);
    }

    @Test
    void writesEveryFrameIntoAPlayableFileNamedAfterItsStart() throws Exception {
        SegmentWriter writer = writer(Duration.ofSeconds(60), Duration.ofSeconds(1));
        List<VideoFrame> frames = H264Clips.frames(H264Clips.HIGH_320X180, 123_456, START_MILLIS);

        frames.forEach(writer::write);
        writer.finish("camera stopped");

        Path file = storage.resolve("cam-a/2025-03-01/" + START_MILLIS + ".mp4");
        assertEquals(List.of(file), segmentFiles());
        assertEquals(new Ffprobe.VideoReport("h264", 320, 180, 50, 2.0), Ffprobe.probe(file));
        assertEquals(Files.size(file), writer.bytesWritten());
        assertEquals(List.of(RecorderEvent.RECORDING_STARTED, RecorderEvent.RECORDING_STOPPED), events.types());
    }

    @Test
    void writesOneFragmentPerGopStartingAtZero() throws Exception {
        SegmentWriter writer = writer(Duration.ofSeconds(60), Duration.ofSeconds(10));

        H264Clips.frames(H264Clips.HIGH_320X180, 90_000, START_MILLIS).forEach(writer::write);
        writer.finish("done");

        List<Box> boxes = Mp4Boxes.parse(Files.readAllBytes(segmentFiles().get(0)));
        List<Long> tfdts = boxes.stream().filter(box -> box.type().equals("moof"))
                .map(moof -> moof.find("traf", "tfdt").u64(4)).toList();
        assertEquals(List.of(0L, 25L * H264Clips.FRAME_TICKS), tfdts);
    }

    @Test
    void longGopsAreCutIntoFragmentsOfAtMostTheConfiguredDuration() throws Exception {
        SegmentWriter writer = writer(Duration.ofSeconds(60), Duration.ofMillis(400));

        H264Clips.frames(H264Clips.HIGH_320X180, 0, START_MILLIS).forEach(writer::write);
        writer.finish("done");

        List<Box> moofs = Mp4Boxes.parse(Files.readAllBytes(segmentFiles().get(0))).stream()
                .filter(box -> box.type().equals("moof")).toList();
        for (Box moof : moofs) {
            assertTrue(moof.find("traf", "trun").u32(4) <= 10, "at most 400 ms = 10 frames per fragment");
        }
        assertEquals(50, moofs.stream().mapToLong(moof -> moof.find("traf", "trun").u32(4)).sum());
    }

    @Test
    void startsANewFileAtTheFirstKeyframeAfterTheSegmentDuration() throws Exception {
        SegmentWriter writer = writer(Duration.ofSeconds(1), Duration.ofSeconds(1));
        List<VideoFrame> frames = H264Clips.frames(H264Clips.HIGH_320X180, 0, START_MILLIS);

        frames.forEach(writer::write);
        writer.finish("done");

        List<Path> files = segmentFiles();
        assertEquals(2, files.size());
        assertEquals(START_MILLIS + 25 * 40 + ".mp4", files.get(1).getFileName().toString());
        for (Path file : files) {
            assertEquals(25, Ffprobe.probe(file).frames());
        }
        assertEquals(1, events.count(RecorderEvent.RECORDING_STARTED), "rotation is not a new recording");
    }

    @Test
    void aResolutionChangeStartsANewFileWithItsOwnInitSegment() throws Exception {
        SegmentWriter writer = writer(Duration.ofSeconds(60), Duration.ofSeconds(1));
        List<VideoFrame> first = H264Clips.frames(H264Clips.HIGH_320X180, 0, START_MILLIS);
        List<VideoFrame> second = H264Clips.frames(H264Clips.BASELINE_176X144, 50L * H264Clips.FRAME_TICKS,
                START_MILLIS + 2000);

        first.forEach(writer::write);
        second.forEach(writer::write);
        writer.finish("done");

        List<Path> files = segmentFiles();
        assertEquals(2, files.size());
        assertEquals(320, Ffprobe.probe(files.get(0)).width());
        assertEquals(new Ffprobe.VideoReport("h264", 176, 144, 25, 1.0), Ffprobe.probe(files.get(1)));
    }

    @Test
    void aFileNeverStartsWithoutAKeyframe() throws Exception {
        SegmentWriter writer = writer(Duration.ofSeconds(60), Duration.ofSeconds(1));
        List<VideoFrame> frames = H264Clips.frames(H264Clips.HIGH_320X180, 0, START_MILLIS);

        frames.subList(5, 50).forEach(writer::write); // joins mid-GOP
        writer.finish("done");

        assertEquals(25, Ffprobe.probe(segmentFiles().get(0)).frames());
    }

    @Test
    void aStorageFailureEndsTheRecordingWithoutStoppingIngestAndItResumesAtTheNextKeyframe() throws Exception {
        SegmentWriter writer = writer(Duration.ofSeconds(1), Duration.ofSeconds(1));
        List<VideoFrame> frames = H264Clips.frames(H264Clips.HIGH_320X180, 0, START_MILLIS);
        List<VideoFrame> later = H264Clips.frames(H264Clips.BASELINE_176X144, 50L * H264Clips.FRAME_TICKS,
                START_MILLIS + 2000);
        Path nextDay = storage.resolve("cam-a/2025-03-02");
        Files.createDirectories(nextDay.getParent());
        Files.writeString(nextDay, "a file where the next day's directory belongs");

        frames.forEach(writer::write); // the second GOP starts after midnight UTC and cannot be stored
        Files.delete(nextDay);
        later.forEach(writer::write);
        writer.finish("done");

        assertEquals(List.of(RecorderEvent.RECORDING_STARTED, RecorderEvent.RECORDING_STOPPED,
                RecorderEvent.RECORDING_STARTED, RecorderEvent.RECORDING_STOPPED), events.types());
        assertTrue(events.all().get(1).attributes().get("reason").startsWith("storage error"));
        List<Path> files = segmentFiles();
        assertEquals(List.of(storage.resolve("cam-a/2025-03-01/" + START_MILLIS + ".mp4"),
                storage.resolve("cam-a/2025-03-02/" + (START_MILLIS + 2000) + ".mp4")), files);
        assertEquals(25, Ffprobe.probe(files.get(0)).frames());
        assertEquals(25, Ffprobe.probe(files.get(1)).frames());
    }

    private List<Path> segmentFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(storage)) {
            walk.filter(path -> path.toString().endsWith(".mp4")).sorted().forEach(files::add);
        }
        return files;
    }
}
