package org.argusvms.recorder.storage;

import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.testing.Await;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.H264Clips;
import org.argusvms.recorder.testing.RecordedEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Frames reach the disk a fragment at a time, and no later than the writer could write them: what a crash can lose
 * is the fragment in progress, whatever the batching in front of the writer.
 */
class CameraRecordingTest {

    /** The test clip: 320x180, 25 fps, a keyframe every 25 frames, 50 frames. */
    private final List<VideoFrame> frames = H264Clips.frames(H264Clips.HIGH_320X180, 0, 1_700_000_000_000L);

    @TempDir
    Path storage;

    private CameraRecording recording;

    @AfterEach
    void closeRecording() {
        if (recording != null) {
            recording.close();
        }
    }

    @Test
    void aGopIsOnDiskAsSoonAsTheNextKeyframeArrives() throws Exception {
        recording = new CameraRecording("cam", true, new StorageLayout(storage), RecordingSettings.defaults(),
                new RecordedEvents(), SegmentListener.NONE);

        frames.subList(0, 26).forEach(recording::onFrame); // frame 25 is the second keyframe

        Await.until("the first GOP written", Duration.ofSeconds(5), () -> recording.framesWritten() == 25);
        assertEquals(25, Ffprobe.probe(segmentFiles().get(0)).frames(), "forced to disk, readable while recording");
    }

    @Test
    void aStreamInterruptionWritesEveryFrameReceivedBeforeIt() throws Exception {
        recording = new CameraRecording("cam", true, new StorageLayout(storage), RecordingSettings.defaults(),
                new RecordedEvents(), SegmentListener.NONE);

        frames.subList(0, 40).forEach(recording::onFrame);
        recording.onStreamInterrupted("camera lost");

        Await.until("the frames before the interruption written", Duration.ofSeconds(5),
                () -> recording.framesWritten() == 40 && !recording.recording());
        assertEquals(40, Ffprobe.probe(segmentFiles().get(0)).frames());
    }

    private List<Path> segmentFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(storage)) {
            return walk.filter(path -> path.toString().endsWith(".mp4")).sorted().toList();
        }
    }
}
