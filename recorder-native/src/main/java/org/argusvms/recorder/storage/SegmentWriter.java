package org.argusvms.recorder.storage;

import org.argusvms.recorder.codec.AudioFormat;
import org.argusvms.recorder.codec.AudioFrame;
import org.argusvms.recorder.events.EventPublisher;
import org.argusvms.recorder.h264.ParameterSets;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.mp4.Fmp4Muxer;
import org.argusvms.recorder.mp4.Mp4Sample;
import org.argusvms.recorder.protocol.RecorderEvent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Cuts one camera's frames into segment files: each file starts with an init segment and a keyframe, holds one
 * fragment per GOP (or per {@link RecordingSettings#maxFragmentDuration()} when GOPs are long), and is replaced by a
 * new file after {@link RecordingSettings#segmentDuration()} or when the stream's parameter sets change.
 *
 * <p>A frame is written when its successor arrives, because only then is its duration known; at the end of a
 * stream the last frame gets its estimated duration. Single-threaded: owned by the recording's writer thread.
 */
final class SegmentWriter {

    private static final Logger LOG = Logger.getLogger(SegmentWriter.class.getName());

    private final String cameraId;
    private final StorageLayout layout;
    private final RecordingSettings settings;
    private final EventPublisher events;
    private final SegmentListener listener;
    private final List<VideoFrame> pending = new ArrayList<>();
    private final SegmentAudio audio = new SegmentAudio();
    private final long segmentTicks;
    private final long maxFragmentTicks;

    private SegmentFile segment;
    private Path segmentRoot;
    private Fmp4Muxer muxer;
    private ParameterSets segmentParameterSets;
    private long segmentStartDecodeTime;
    private SegmentRecord segmentRecord;
    private boolean recording;
    private String startTrigger;
    private long bytesWritten;
    private long framesWritten;
    private String lastError;

    SegmentWriter(String cameraId, StorageLayout layout, RecordingSettings settings, EventPublisher events,
                  SegmentListener listener) {
        this.cameraId = cameraId;
        this.layout = layout;
        this.settings = settings;
        this.events = events;
        this.listener = listener;
        this.segmentTicks = settings.segmentDuration().toMillis() * VideoFrame.TIMESCALE / 1000;
        this.maxFragmentTicks = settings.maxFragmentDuration().toMillis() * VideoFrame.TIMESCALE / 1000;
    }

    void write(VideoFrame frame) {
        try {
            if (segment != null && frame.keyframe() && needsNewSegment(frame)) {
                flushPending(frame.decodeTime());
                closeSegment();
            }
            if (segment == null) {
                if (!frame.keyframe()) {
                    return; // a file must start where a decoder can
                }
                openSegment(frame);
            } else if (!pending.isEmpty() && (frame.keyframe()
                    || frame.decodeTime() - pending.get(0).decodeTime() >= maxFragmentTicks)) {
                flushPending(frame.decodeTime());
            }
            pending.add(frame);
        } catch (IOException e) {
            storageFailed(e);
        }
    }

    /** Names the trigger of the recording that the next frames start, for the recording-started event. */
    void startTrigger(String trigger) {
        if (trigger != null) {
            startTrigger = trigger;
        }
    }

    /** Writes what is pending, closes the file and reports the end of the recording. */
    void finish(String reason) {
        try {
            flushPending(-1);
        } catch (IOException e) {
            storageFailed(e);
        }
        closeSegment();
        if (recording) {
            recording = false;
            events.publish(RecorderEvent.RECORDING_STOPPED, cameraId, Map.of("reason", reason));
        }
    }

    /** The camera's audio format from its next segment on (null: none); frames of another format are dropped. */
    void audioFormat(AudioFormat format) {
        audio.announce(format);
    }

    /** Queues an audio frame for the fragment whose period holds it; dropped while no segment is open. */
    void writeAudio(AudioFrame frame) {
        if (segment != null) {
            audio.add(frame, segmentStartDecodeTime);
        }
    }

    /**
     * A new file for new parameter sets or audio, a full segment, or a camera moved to another storage (from its next
     * GOP).
     */
    private boolean needsNewSegment(VideoFrame keyframe) {
        return !keyframe.parameterSets().equals(segmentParameterSets) || audio.formatChanged()
                || keyframe.decodeTime() - segmentStartDecodeTime >= segmentTicks
                || !segmentRoot.equals(currentRoot());
    }

    private Path currentRoot() {
        SegmentTarget target = listener.placement(cameraId);
        return target == null ? layout.root() : target.root();
    }

    private void openSegment(VideoFrame first) throws IOException {
        Fmp4Muxer newMuxer = new Fmp4Muxer(VideoFrame.TIMESCALE);
        byte[] init = newMuxer.initSegment(first.parameterSets(), audio.startSegment());
        SegmentTarget target = listener.placement(cameraId);
        Path root = target == null ? layout.root() : target.root();
        segment = SegmentFile.createUnique(layout, root, cameraId, first.receivedAtEpochMillis(), init);
        segmentRoot = root;
        muxer = newMuxer;
        segmentParameterSets = first.parameterSets();
        segmentStartDecodeTime = first.decodeTime();
        long startMillis = Long.parseLong(segment.path().getFileName().toString().replace(".mp4", ""));
        segmentRecord = new SegmentRecord(cameraId, layout.segmentPath(segment.path()), startMillis, startMillis,
                0, 0, init.length, target == null ? null : target.storageId());
        bytesWritten += init.length;
        lastError = null;
        if (!recording) {
            recording = true;
            String segmentPath = root.relativize(segment.path()).toString();
            events.publish(RecorderEvent.RECORDING_STARTED, cameraId, startTrigger == null
                    ? Map.of("segment", segmentPath) : Map.of("segment", segmentPath, "trigger", startTrigger));
            startTrigger = null;
        }
    }

    /** Writes the pending frames as one fragment; {@code nextDecodeTime} < 0 when no successor is known. */
    private void flushPending(long nextDecodeTime) throws IOException {
        if (pending.isEmpty() || segment == null) {
            pending.clear();
            return;
        }
        List<Mp4Sample> samples = new ArrayList<>(pending.size());
        for (int i = 0; i < pending.size(); i++) {
            VideoFrame frame = pending.get(i);
            long next = i + 1 < pending.size() ? pending.get(i + 1).decodeTime() : nextDecodeTime;
            long duration = next < 0 ? frame.durationHint() : next - frame.decodeTime();
            samples.add(new Mp4Sample(frame.sample(), (int) Math.max(1, Math.min(Integer.MAX_VALUE, duration)),
                    frame.compositionOffset(), frame.keyframe()));
        }
        long fragmentStart = pending.get(0).decodeTime() - segmentStartDecodeTime;
        SegmentAudio.Run audioRun = audio.takeUntil(nextDecodeTime, segmentStartDecodeTime);
        byte[] fragment = muxer.fragment(fragmentStart, samples, audioRun.baseDecodeTime(), audioRun.samples());
        int frames = pending.size();
        pending.clear();
        segment.append(fragment);
        bytesWritten += fragment.length;
        framesWritten += frames;
        recordFragment(fragmentStart + samples.stream().mapToLong(Mp4Sample::duration).sum(), samples);
    }

    /** Extends the index entry; the end is computed exactly as recovery computes it from the file. */
    private void recordFragment(long segmentTicks, List<Mp4Sample> samples) {
        SegmentRecord before = segmentRecord;
        segmentRecord = before.grown(before.startMillis() + segmentTicks * 1000 / VideoFrame.TIMESCALE,
                samples.size(), samples.stream().filter(Mp4Sample::sync).count(), segment.size());
        listener.segmentGrew(segmentRecord);
    }

    /** Closes the file; one without any fragment holds nothing playable and is removed. */
    private void closeSegment() {
        if (segment != null) {
            try {
                segment.close();
                if (segmentRecord.frames() == 0) {
                    Files.deleteIfExists(segment.path());
                } else {
                    listener.segmentFinished(segmentRecord);
                }
            } catch (IOException e) {
                LOG.log(Level.WARNING, "closing " + segment.path() + " failed", e);
            }
            segment = null;
            muxer = null;
            segmentRecord = null;
            audio.clear();
        }
    }

    /** Disk full or gone: drop the file in progress and start over at the next keyframe; never stop ingest. */
    private void storageFailed(IOException e) {
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (!message.equals(lastError)) {
            LOG.severe(() -> "camera " + cameraId + ": writing recording failed: " + message);
        }
        lastError = message;
        pending.clear();
        audio.clear();
        if (segment != null) {
            segment.truncateToWritten(); // a half-written fragment would be a torn tail until the next recovery
        }
        closeSegment();
        listener.writeFailed(cameraId, e);
        if (recording) {
            recording = false;
            events.publish(RecorderEvent.RECORDING_STOPPED, cameraId, Map.of("reason", "storage error: " + message));
        }
    }

    long bytesWritten() {
        return bytesWritten;
    }

    long framesWritten() {
        return framesWritten;
    }

    boolean recording() {
        return recording;
    }

    String lastError() {
        return lastError;
    }
}
