package org.argusvms.recorder.storage;

import org.argusvms.recorder.h264.VideoFrame;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * The most recent video of a camera, kept in memory so that a triggered recording can start before its trigger. It
 * always starts at a keyframe (a recording must start where a decoder can), so it drops whole GOPs: the oldest GOP
 * goes once the next one alone still covers the configured duration, or when the buffer holds more than its byte
 * bound. It therefore covers at least the duration (at most one GOP more) unless the byte bound cuts it shorter, and
 * always the current GOP unless that alone exceeds the bound, in which case it stays empty until the next keyframe.
 *
 * <p>Holds references to the frames ingest shares with live viewers, never copies. Not thread-safe.
 */
final class PreBuffer {

    private final ArrayDeque<VideoFrame> frames = new ArrayDeque<>();
    private final ArrayDeque<VideoFrame> keyframes = new ArrayDeque<>();
    private final long maxBytes;
    private long maxTicks;
    private long bytes;

    PreBuffer(Duration duration, long maxBytes) {
        this.maxBytes = maxBytes;
        setDuration(duration);
    }

    /** A shorter duration takes effect with the next frame. */
    void setDuration(Duration duration) {
        this.maxTicks = duration.toMillis() * VideoFrame.TIMESCALE / 1000;
    }

    void add(VideoFrame frame) {
        if (frame.keyframe()) {
            keyframes.addLast(frame);
        } else if (frames.isEmpty()) {
            return; // undecodable without the keyframe it depends on
        }
        frames.addLast(frame);
        bytes += frame.sample().length;
        long newest = frame.decodeTime();
        while (keyframes.size() > 1 && (secondKeyframe().decodeTime() <= newest - maxTicks || bytes > maxBytes)) {
            dropOldestGop();
        }
        if (bytes > maxBytes) {
            clear();
        }
    }

    /** The buffered frames decoded after {@code decodeTime}, oldest first (all of them for an earlier time). */
    List<VideoFrame> framesAfter(long decodeTime) {
        // from the newest end: while recording, this runs per frame and finds nothing after the last written one
        List<VideoFrame> after = new ArrayList<>();
        Iterator<VideoFrame> newestFirst = frames.descendingIterator();
        while (newestFirst.hasNext()) {
            VideoFrame frame = newestFirst.next();
            if (frame.decodeTime() <= decodeTime) {
                break;
            }
            after.add(frame);
        }
        Collections.reverse(after);
        return after;
    }

    void clear() {
        frames.clear();
        keyframes.clear();
        bytes = 0;
    }

    long bytes() {
        return bytes;
    }

    private VideoFrame secondKeyframe() {
        Iterator<VideoFrame> iterator = keyframes.iterator();
        iterator.next();
        return iterator.next();
    }

    private void dropOldestGop() {
        keyframes.removeFirst();
        VideoFrame nextGop = keyframes.getFirst();
        while (frames.getFirst() != nextGop) {
            bytes -= frames.removeFirst().sample().length;
        }
    }
}
