package org.argusvms.recorder.storage;

import org.argusvms.recorder.codec.AudioFormat;
import org.argusvms.recorder.codec.AudioFrame;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.mp4.Mp4Sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The audio side of a segment being written: which format its audio track has (fixed when the file opens), and the
 * frames waiting for the fragment whose video period holds them. A fragment takes the audio before the next GOP's
 * start; audio that arrives after its period was written (it would overlap what the file holds) or before the
 * segment's first frame is dropped. Single-threaded, like {@link SegmentWriter}.
 */
final class SegmentAudio {

    /** Audio samples of one fragment and the decode time of the first, in the audio track's timescale. */
    record Run(long baseDecodeTime, List<Mp4Sample> samples) {
        static final Run NONE = new Run(0, List.of());
    }

    private final List<AudioFrame> pending = new ArrayList<>();
    private AudioFormat announced;
    private AudioFormat segmentFormat;
    /** Audio ticks up to which the open segment holds audio. */
    private long writtenUntil;

    void announce(AudioFormat format) {
        announced = format;
    }

    boolean formatChanged() {
        return !Objects.equals(announced, segmentFormat);
    }

    /** The audio track of a segment opening now (null: none). */
    AudioFormat startSegment() {
        pending.clear();
        segmentFormat = announced;
        writtenUntil = 0;
        return segmentFormat;
    }

    void add(AudioFrame frame, long segmentStart) {
        if (frame.format().equals(segmentFormat) && frame.time() >= segmentStart) {
            pending.add(frame);
        }
    }

    /** The frames before {@code videoEnd} (all when it is negative: the segment ends), in the segment's timescale. */
    Run takeUntil(long videoEnd, long segmentStart) {
        if (segmentFormat == null || pending.isEmpty()) {
            return Run.NONE;
        }
        int rate = segmentFormat.sampleRate();
        List<Mp4Sample> samples = new ArrayList<>();
        long base = -1;
        int taken = 0;
        for (AudioFrame frame : pending) {
            if (videoEnd >= 0 && frame.time() >= videoEnd) {
                break;
            }
            taken++;
            long start = (frame.time() - segmentStart) * rate / VideoFrame.TIMESCALE;
            if (base < 0 && start + frame.sampleCount() / 2 < writtenUntil) {
                continue; // late: its period is already in the file
            }
            if (base < 0) {
                base = Math.max(start, writtenUntil);
                writtenUntil = base;
            } else if (start - writtenUntil > frame.sampleCount() / 2) {
                // lost audio: the previous frame lasts until this one, so the rest stays in sync with the video
                Mp4Sample previous = samples.remove(samples.size() - 1);
                samples.add(new Mp4Sample(previous.data(), (int) (previous.duration() + start - writtenUntil), 0, true));
                writtenUntil = start;
            }
            samples.add(new Mp4Sample(frame.data(), frame.sampleCount(), 0, true));
            writtenUntil += frame.sampleCount();
        }
        pending.subList(0, taken).clear();
        return samples.isEmpty() ? Run.NONE : new Run(base, List.copyOf(samples));
    }

    void clear() {
        pending.clear();
        segmentFormat = null;
    }
}
