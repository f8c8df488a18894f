package org.argusvms.recorder.storage;

import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.protocol.IdleRecording;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.TriggeredRecording;
import org.argusvms.recorder.storage.RecordingGate.Admission;
import org.argusvms.recorder.storage.RecordingTrigger.Source;
import org.argusvms.recorder.testing.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.argusvms.recorder.storage.SyntheticFrames.FRAME_MILLIS;
import static org.argusvms.recorder.storage.SyntheticFrames.START;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gate fed a 25 fps stream (keyframe every 25 frames) whose frame n arrives at START + n * 40 ms on a manual
 * clock, so that trigger times and post-buffer expiry are exact.
 */
class RecordingGateTest {

    private static final TriggeredRecording PRE_2_POST_3 = new TriggeredRecording(2, 3, IdleRecording.FULL);

    private final ManualClock clock = new ManualClock(START);
    private final List<Integer> written = new ArrayList<>();
    private final List<String> ended = new ArrayList<>();
    private final List<String> started = new ArrayList<>();
    private int next;

    @Test
    void anEventCameraWritesNothingUntilTriggeredThenItsPreBufferFromAKeyframe() {
        RecordingGate gate = gate(RecordingMode.EVENT, PRE_2_POST_3);
        feedUpTo(gate, 110);
        assertEquals(List.of(), written);

        gate.trigger(Source.EVENT, "door opened", Duration.ZERO);
        feedUpTo(gate, 111);

        // frame 110 arrives; two seconds before the newest buffered frame (109) is frame 59, in the GOP of frame 50
        assertEquals(range(50, 111), written);
        assertEquals(List.of("door opened"), started);
    }

    @Test
    void recordingContinuesThroughThePostBufferAndEndsAtTheNextKeyframe() {
        RecordingGate gate = gate(RecordingMode.EVENT, PRE_2_POST_3);
        feedUpTo(gate, 110);
        gate.trigger(Source.EVENT, "door opened", Duration.ZERO); // at frame 109's arrival: until frame 184's

        feedUpTo(gate, 260);

        assertEquals(range(50, 200), written, "frames up to the keyframe after the post-buffer");
        assertEquals(List.of("post-buffer elapsed"), ended);
    }

    @Test
    void overlappingTriggersExtendTheRecordingAndNeverShortenIt() {
        RecordingGate gate = gate(RecordingMode.EVENT, PRE_2_POST_3);
        feedUpTo(gate, 110);
        Optional<Instant> first = gate.trigger(Source.EVENT, "door", Duration.ZERO);
        feedUpTo(gate, 150);

        Optional<Instant> second = gate.trigger(Source.EVENT, "door again", Duration.ofSeconds(1));
        Optional<Instant> third = gate.trigger(Source.EVENT, "short", Duration.ZERO);
        feedUpTo(gate, 300);

        assertEquals(arrival(109).plusSeconds(3), first.orElseThrow());
        assertEquals(arrival(149).plusSeconds(4), second.orElseThrow(), "an event of 1 s plus the post-buffer");
        assertEquals(second, third);
        assertEquals(range(50, 250), written, "one recording until the keyframe after the extended end (frame 249)");
        assertEquals(List.of("door"), started);
        assertEquals(1, ended.size());
    }

    @Test
    void theNextRecordingStartsRightAfterThePreviousOneWithoutWritingAFrameTwice() {
        RecordingGate gate = gate(RecordingMode.EVENT, PRE_2_POST_3);
        feedUpTo(gate, 110);
        gate.trigger(Source.EVENT, "first", Duration.ZERO);
        feedUpTo(gate, 210);

        gate.trigger(Source.EVENT, "second", Duration.ZERO);
        feedUpTo(gate, 211);

        List<Integer> secondRecording = written.subList(written.indexOf(199) + 1, written.size());
        assertEquals(range(200, 211), secondRecording, "starts at the keyframe the first one stopped before");
        assertEquals(List.of("first", "second"), started);
    }

    @Test
    void modesDecideWhichTriggersCount() {
        RecordingGate gate = gate(RecordingMode.EVENT, PRE_2_POST_3);
        assertTrue(gate.trigger(Source.MOTION, "motion", Duration.ZERO).isEmpty(), "EVENT ignores motion");

        gate.configure(RecordingMode.MOTION, PRE_2_POST_3);
        assertTrue(gate.trigger(Source.MOTION, "motion", Duration.ZERO).isPresent());
        assertTrue(gate.trigger(Source.EVENT, "rule", Duration.ZERO).isPresent(), "MOTION records on events too");

        gate.configure(RecordingMode.OFF, PRE_2_POST_3);
        assertTrue(gate.trigger(Source.EVENT, "rule", Duration.ZERO).isEmpty());
        feedUpTo(gate, 50);
        assertEquals(List.of(), written);
    }

    @Test
    void switchingOffForgetsPendingTriggers() {
        RecordingGate gate = gate(RecordingMode.EVENT, PRE_2_POST_3);
        gate.trigger(Source.EVENT, "rule", Duration.ofSeconds(60));
        gate.configure(RecordingMode.OFF, PRE_2_POST_3);
        gate.configure(RecordingMode.EVENT, PRE_2_POST_3);

        feedUpTo(gate, 50);

        assertEquals(List.of(), written);
    }

    @Test
    void switchingOffEndsARecordingAtOnce() {
        RecordingGate gate = gate(RecordingMode.ALWAYS, PRE_2_POST_3);
        feedUpTo(gate, 30);

        gate.configure(RecordingMode.OFF, PRE_2_POST_3);
        feedUpTo(gate, 40);

        assertEquals(range(0, 30), written);
        assertEquals(List.of("recording mode OFF"), ended);
    }

    @Test
    void switchingOffAndOnWithinOneFrameStillEndsTheRecordingAndStartsANewOneAtAKeyframe() {
        RecordingGate gate = gate(RecordingMode.ALWAYS, PRE_2_POST_3);
        feedUpTo(gate, 30);
        gate.configure(RecordingMode.OFF, PRE_2_POST_3);
        gate.configure(RecordingMode.ALWAYS, PRE_2_POST_3); // before frame 30 arrives

        feedUpTo(gate, 60);

        assertEquals(List.of("recording mode OFF"), ended);
        List<Integer> expected = new ArrayList<>(range(0, 30));
        expected.addAll(range(50, 60));
        assertEquals(expected, written, "the new recording begins at the next keyframe, frame 50");
    }

    @Test
    void keyframesIdleRecordingWritesOnlyKeyframesUntilTriggeredThenEveryFrame() {
        RecordingGate gate = gate(RecordingMode.ALWAYS, new TriggeredRecording(0, 1, IdleRecording.KEYFRAMES));
        feedUpTo(gate, 60);
        assertEquals(List.of(0, 25, 50), written);

        gate.trigger(Source.EVENT, "alarm", Duration.ZERO); // at frame 59's arrival: until frame 84's
        feedUpTo(gate, 160);

        List<Integer> expected = new ArrayList<>(List.of(0, 25, 50));
        expected.addAll(range(51, 100)); // the rest of the GOP of frame 50, then every frame up to the next keyframe
        expected.addAll(List.of(100, 125, 150));
        assertEquals(expected, written);
        assertEquals(List.of(), ended, "ALWAYS keeps one recording");
    }

    @Test
    void aStreamInterruptionEndsTheTriggeredRecordingAndEmptiesThePreBuffer() {
        RecordingGate gate = gate(RecordingMode.EVENT, PRE_2_POST_3);
        feedUpTo(gate, 110);
        gate.trigger(Source.EVENT, "rule", Duration.ofSeconds(60));
        feedUpTo(gate, 120);

        gate.streamInterrupted();
        written.clear();
        next = 140; // the new connection joins mid-GOP
        clock.set(arrival(140));
        feedUpTo(gate, 160);

        assertEquals(range(150, 160), written, "resumes at the new connection's first keyframe");
        assertEquals(2, started.size());
    }

    private RecordingGate gate(RecordingMode mode, TriggeredRecording triggered) {
        return new RecordingGate(mode, triggered, Long.MAX_VALUE, clock);
    }

    /** Admits frames {@code next} .. {@code toExclusive - 1}, each at its arrival time, recording what happens. */
    private void feedUpTo(RecordingGate gate, int toExclusive) {
        for (; next < toExclusive; next++) {
            clock.set(arrival(next));
            Admission admission = gate.admit(SyntheticFrames.frame(next));
            if (admission.endRecording() != null) {
                ended.add(admission.endRecording());
            }
            if (admission.startTrigger() != null) {
                started.add(admission.startTrigger());
            }
            admission.write().stream().map(SyntheticFrames::number).forEach(written::add);
        }
    }

    private static Instant arrival(int number) {
        return START.plusMillis((long) number * FRAME_MILLIS);
    }

    private static List<Integer> range(int from, int toExclusive) {
        return IntStream.range(from, toExclusive).boxed().toList();
    }
}
