package org.argusvms.benchmark;

import org.argusvms.recorder.events.EventPublisher;
import org.argusvms.recorder.storage.CameraRecording;
import org.argusvms.recorder.storage.MediaDatabase;
import org.argusvms.recorder.storage.RecordingSettings;
import org.argusvms.recorder.storage.StorageLayout;
import org.argusvms.simulator.clip.ClipSpec;
import org.argusvms.simulator.clip.TestPattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.function.LongPredicate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lost-frame count of B10 finds frames that never reached the files, wherever in the recording they went missing. */
class RecordedContinuityTest {

    private static final EventPublisher NO_EVENTS = (type, cameraId, attributes) -> { };
    private static final long START = 1_700_000_000_000L;

    @TempDir
    Path storage;

    @Test
    void aCompleteRecordingHasNoGap() throws Exception {
        RecordedContinuity.Camera camera = record(n -> true);

        assertEquals(750, camera.frames());
        assertEquals(0, camera.gaps());
        assertEquals(0, camera.framesMissing());
    }

    @Test
    void framesMissingInsideAGopAreCounted() throws Exception {
        RecordedContinuity.Camera camera = record(n -> n < 110 || n >= 113);

        assertEquals(1, camera.gaps());
        assertEquals(3, camera.framesMissing());
    }

    @Test
    void aWholeLostGopAndALossAtASegmentBoundaryAreCounted() throws Exception {
        // frames 300-324 are one GOP; 490-499 end the first 20-second segment
        RecordedContinuity.Camera camera = record(n -> (n < 300 || n >= 325) && (n < 490 || n >= 500));

        assertEquals(2, camera.gaps());
        assertEquals(35, camera.framesMissing());
        assertEquals(0, camera.interruptions(), "one recording throughout");
    }

    /** 30 s of a 25 fps clip (keyframe every second) in 20-second segments, frames {@code n} kept if {@code keep}. */
    private RecordedContinuity.Camera record(LongPredicate keep) throws Exception {
        ClipFrames clip = ClipFrames.of(new ClipSpec(TestPattern.TESTSRC2, 320, 180, 25, 25, 60, 32));
        StorageLayout layout = new StorageLayout(storage);
        try (MediaDatabase media = MediaDatabase.open(layout, NO_EVENTS, Clock.systemUTC(), 0)) {
            CameraRecording recording = new CameraRecording("cam", true, layout,
                    new RecordingSettings(Duration.ofSeconds(20), Duration.ofSeconds(1), 1024), NO_EVENTS, media);
            for (long n = 0; n < 750; n++) {
                if (keep.test(n)) {
                    recording.onFrame(clip.frame(n, START));
                }
            }
            recording.close("done");
        }
        return RecordedContinuity.read(storage.resolve("cam"), "cam", START, 25);
    }
}
