package org.argusvms.recorder.storage;

import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.protocol.IdleRecording;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.TriggeredRecording;
import org.argusvms.recorder.storage.RecordingTrigger.Source;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.H264Clips;
import org.argusvms.recorder.testing.ManualClock;
import org.argusvms.recorder.testing.RecordedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Triggered recording through a {@link CameraRecording} into real files, checked with ffprobe: a real 25 fps clip
 * (keyframe every 25 frames) repeated into an 8 s stream whose frame n arrives at START + n * 40 ms.
 */
class TriggeredRecordingTest {

    private static final Instant START = Instant.parse("2026-01-10T08:00:00Z");
    private static final int STREAM_FRAMES = 200;

    @TempDir
    Path storage;

    private final ManualClock clock = new ManualClock(START);
    private final RecordedEvents events = new RecordedEvents();
    private final List<VideoFrame> stream = stream();

    @Test
    void anEventRecordingIsOnePlayableFileFromThePreBufferToTheEndOfThePostBuffer() throws Exception {
        CameraRecording recording = recording(RecordingMode.EVENT, new TriggeredRecording(1, 1, IdleRecording.FULL));
        feed(recording, 0, 130);

        recording.trigger(Source.EVENT, "door opened", Duration.ZERO); // at frame 129: until frame 154
        feed(recording, 130, STREAM_FRAMES);
        recording.close();

        // pre-buffer: one second before frame 129 is frame 104, in the GOP of frame 100; ends before keyframe 175
        Path file = storage.resolve("cam-e/2026-01-10/" + frameMillis(100) + ".mp4");
        assertEquals(List.of(file), segmentFiles());
        assertEquals(75, Ffprobe.probe(file).frames());
        assertTrue(Ffprobe.packetKeyframes(file).get(0), "starts with a keyframe");
        assertEquals("", Ffprobe.decodeErrors(file));
        assertEquals(List.of(RecorderEvent.RECORDING_STARTED, RecorderEvent.RECORDING_STOPPED), events.types());
        assertEquals("door opened", events.all().get(0).attributes().get("trigger"));
        assertEquals("post-buffer elapsed", events.all().get(1).attributes().get("reason"));
    }

    @Test
    void untriggeredAnEventCameraWritesNothing() throws Exception {
        CameraRecording recording = recording(RecordingMode.EVENT, TriggeredRecording.DEFAULTS);

        feed(recording, 0, STREAM_FRAMES);
        recording.close();

        assertEquals(List.of(), segmentFiles());
        assertEquals(List.of(), events.types());
        assertEquals(0, recording.bytesWritten());
    }

    @Test
    void keyframesIdleRecordingIsOneFileOfKeyframesWithEveryFrameWhileTriggered() throws Exception {
        CameraRecording recording = recording(RecordingMode.ALWAYS,
                new TriggeredRecording(0, 0, IdleRecording.KEYFRAMES));
        feed(recording, 0, 110);

        recording.trigger(Source.EVENT, "alarm", Duration.ofSeconds(1)); // at frame 109: until frame 134
        feed(recording, 110, STREAM_FRAMES);
        recording.close();

        // keyframes 0 .. 100; every frame 101..149 (the rest of the trigger's GOP to the keyframe after it); 150, 175
        List<Boolean> expected = new ArrayList<>(Collections.nCopies(5, true));
        for (int n = 101; n < 150; n++) {
            expected.add(n % 25 == 0);
        }
        expected.addAll(List.of(true, true));
        Path file = segmentFiles().get(0);
        assertEquals(List.of(file), segmentFiles());
        assertEquals(expected, Ffprobe.packetKeyframes(file));
        assertEquals("", Ffprobe.decodeErrors(file));
        List<Double> decodeTimes = Ffprobe.packetDecodeTimes(file);
        assertEquals(1.0, decodeTimes.get(1) - decodeTimes.get(0), 0.001, "keyframes keep the camera's timing");
        assertEquals(7.0, decodeTimes.get(decodeTimes.size() - 1), 0.001, "the last keyframe is frame 175");
    }

    private CameraRecording recording(RecordingMode mode, TriggeredRecording triggered) {
        return new CameraRecording(mode == RecordingMode.EVENT ? "cam-e" : "cam-a", mode, triggered,
                new StorageLayout(storage), RecordingSettings.defaults(), events, SegmentListener.NONE, clock);
    }

    private void feed(CameraRecording recording, int from, int toExclusive) {
        for (int n = from; n < toExclusive; n++) {
            clock.set(Instant.ofEpochMilli(frameMillis(n)));
            recording.onFrame(stream.get(n));
        }
    }

    private static long frameMillis(int number) {
        return START.toEpochMilli() + number * 40L;
    }

    /** The 2 s test clip four times over, as one continuous stream. */
    private static List<VideoFrame> stream() {
        List<VideoFrame> frames = new ArrayList<>();
        while (frames.size() < STREAM_FRAMES) {
            frames.addAll(H264Clips.frames(H264Clips.HIGH_320X180, (long) frames.size() * H264Clips.FRAME_TICKS,
                    frameMillis(frames.size())));
        }
        return frames;
    }

    private List<Path> segmentFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(storage)) {
            return walk.filter(path -> path.toString().endsWith(".mp4")).sorted().toList();
        }
    }
}
