package org.argusvms.recorder.storage;

import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.protocol.IdleRecording;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.TriggeredRecording;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Decides, frame by frame, what of a camera's stream its recording writes, from the recording mode and the triggers.
 * EVENT and MOTION mode keep untriggered video in a {@link PreBuffer} and, once triggered, write it followed by every
 * frame until the post-buffer after the last trigger has passed. ALWAYS with idle recording KEYFRAMES writes only
 * keyframes while untriggered and every frame while triggered.
 *
 * <p>The rate only drops, and a triggered recording only ends, at a keyframe: written frames then always end just
 * before a keyframe, so what is written next (the buffer after them) starts with one. A trigger's post-buffer is
 * therefore honoured up to one GOP longer than configured. Frames and interruptions arrive on the ingest threads;
 * triggers and mode changes on any thread.
 */
final class RecordingGate implements RecordingTrigger {

    /**
     * What to do with one frame.
     *
     * @param write          frames to write, oldest first (the pre-buffer's and then this one), possibly none
     * @param startTrigger   the trigger's reason when these frames start a triggered recording, else null
     * @param endRecording   non-null: finish the recording in progress first, for this reason
     */
    record Admission(List<VideoFrame> write, String startTrigger, String endRecording) {

        static final Admission NOTHING = new Admission(List.of(), null, null);

        static Admission end(String reason) {
            return new Admission(List.of(), null, reason);
        }
    }

    private record Policy(RecordingMode mode, TriggeredRecording triggered) {

        boolean idleFullRate() {
            return mode == RecordingMode.ALWAYS && triggered.idleRecording() == IdleRecording.FULL;
        }

        boolean keepsPreBuffer() {
            return mode.recordsOnTrigger() || mode == RecordingMode.ALWAYS && !idleFullRate();
        }

        boolean accepts(Source source) {
            return mode != RecordingMode.OFF && !(mode == RecordingMode.EVENT && source == Source.MOTION);
        }
    }

    private static final long NEVER = Long.MIN_VALUE;

    private final Clock clock;
    private final PreBuffer preBuffer;
    private final AtomicLong triggeredUntilMillis = new AtomicLong(NEVER);
    private volatile Policy policy;
    private volatile String lastTriggerReason;
    private boolean fullRate;
    private boolean writing;
    private long lastWrittenDecodeTime = NEVER;

    /** A recording ended by a switch to OFF, for the next admission to report. */
    private String endPending;

    RecordingGate(RecordingMode mode, TriggeredRecording triggered, long preBufferMaxBytes, Clock clock) {
        this.clock = clock;
        this.policy = new Policy(mode, triggered);
        this.preBuffer = new PreBuffer(Duration.ofSeconds(triggered.preBufferSeconds()), preBufferMaxBytes);
    }

    /**
     * Takes effect with the next frame; switching OFF also forgets pending triggers and ends the recording in progress
     * for good: the next frame's admission carries the end even if the mode was switched on again meanwhile (an OFF
     * and an ALWAYS within one frame interval still give recording.stopped, then a new recording at a keyframe).
     */
    synchronized void configure(RecordingMode mode, TriggeredRecording triggered) {
        policy = new Policy(mode, triggered);
        preBuffer.setDuration(Duration.ofSeconds(triggered.preBufferSeconds()));
        if (mode == RecordingMode.OFF) {
            triggeredUntilMillis.set(NEVER);
            if (writing) {
                writing = false;
                endPending = "recording mode OFF";
            }
        }
    }

    @Override
    public Optional<Instant> trigger(Source source, String reason, Duration lasting) {
        Policy current = policy;
        if (!current.accepts(source)) {
            return Optional.empty();
        }
        long until = clock.millis() + lasting.toMillis() + current.triggered().postBufferSeconds() * 1000L;
        lastTriggerReason = reason;
        return Optional.of(Instant.ofEpochMilli(triggeredUntilMillis.accumulateAndGet(until, Math::max)));
    }

    synchronized Admission admit(VideoFrame frame) {
        Admission admission = decide(frame);
        String ended = endPending;
        if (ended == null) {
            return admission;
        }
        endPending = null;
        return new Admission(admission.write(), admission.startTrigger(), ended); // the end goes to the writer first
    }

    private Admission decide(VideoFrame frame) {
        Policy current = policy;
        if (current.mode() == RecordingMode.OFF) {
            preBuffer.clear();
            fullRate = false;
            return endWriting("recording mode OFF");
        }
        boolean triggered = clock.millis() < triggeredUntilMillis.get();
        if (triggered || current.idleFullRate()) {
            fullRate = true;
        } else if (frame.keyframe()) {
            fullRate = false;
        }
        boolean write = fullRate || current.mode() == RecordingMode.ALWAYS && frame.keyframe();
        // frames a lower rate or an untriggered mode skipped, from the last written one (or the whole buffer) on
        List<VideoFrame> toWrite = write && fullRate ? preBuffer.framesAfter(lastWrittenDecodeTime)
                : new ArrayList<>();
        if (current.keepsPreBuffer()) {
            preBuffer.add(frame);
        } else {
            preBuffer.clear();
        }
        if (!write) {
            return current.mode().recordsOnTrigger() ? endWriting("post-buffer elapsed") : Admission.NOTHING;
        }
        toWrite.add(frame);
        if (!writing) {
            // a recording starts where a decoder can; the writer would skip these frames anyway
            while (!toWrite.isEmpty() && !toWrite.get(0).keyframe()) {
                toWrite.remove(0);
            }
            if (toWrite.isEmpty()) {
                return Admission.NOTHING;
            }
        }
        lastWrittenDecodeTime = frame.decodeTime();
        String startTrigger = !writing && triggered ? lastTriggerReason : null;
        writing = true;
        return new Admission(toWrite, startTrigger, null);
    }

    /** The recording ended with the connection; the next connection's frames start afresh. */
    synchronized void streamInterrupted() {
        preBuffer.clear();
        endPending = null; // the interruption ends the file itself
        writing = false;
        fullRate = false;
        lastWrittenDecodeTime = NEVER;
    }

    /** Ends the recording in progress, if there is one. */
    private Admission endWriting(String reason) {
        if (!writing) {
            return Admission.NOTHING;
        }
        writing = false;
        return Admission.end(reason);
    }

    /** Bytes held in memory for a future trigger. */
    synchronized long preBufferBytes() {
        return preBuffer.bytes();
    }
}
