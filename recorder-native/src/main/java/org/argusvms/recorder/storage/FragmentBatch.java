package org.argusvms.recorder.storage;

import org.argusvms.recorder.h264.VideoFrame;

import java.util.ArrayList;
import java.util.List;

/**
 * Frames collected on the ingest thread until the writer would act on them. {@link SegmentWriter} holds frames in
 * memory until a frame ends the fragment in progress (a keyframe, or the first frame {@code maxFragmentDuration}
 * after the fragment's start), and only then writes and forces the fragment to disk. Handing it frames one by one
 * woke the writer thread for every frame (a context switch on each side) only to add the frame to a list; handing
 * them over when a frame ends a fragment wakes it once per fragment, and every fragment reaches the disk exactly
 * when it did before, so what a crash can lose stays the same.
 *
 * <p>It mirrors the writer's rule from the frames it sees; a fragment the writer started later (after a storage
 * error, say) only makes the hand-over come early, never late. Not thread-safe.
 */
final class FragmentBatch {

    private static final long NONE = Long.MIN_VALUE;

    private final long maxFragmentTicks;
    private final List<VideoFrame> frames = new ArrayList<>();
    private long fragmentStartDecodeTime = NONE;
    private boolean endsFragment;

    FragmentBatch(long maxFragmentTicks) {
        this.maxFragmentTicks = maxFragmentTicks;
    }

    void add(VideoFrame frame) {
        if (frame.keyframe() || fragmentStartDecodeTime == NONE
                || frame.decodeTime() - fragmentStartDecodeTime >= maxFragmentTicks) {
            fragmentStartDecodeTime = frame.decodeTime();
            endsFragment = true;
        }
        frames.add(frame);
    }

    /** True when a frame in the batch makes the writer write a fragment (or start a file): time to hand it over. */
    boolean endsFragment() {
        return endsFragment;
    }

    boolean isEmpty() {
        return frames.isEmpty();
    }

    boolean startsWithKeyframe() {
        return !frames.isEmpty() && frames.get(0).keyframe();
    }

    /** The frames collected, oldest first; the batch is empty afterwards. */
    List<VideoFrame> take() {
        List<VideoFrame> taken = List.copyOf(frames);
        frames.clear();
        endsFragment = false;
        return taken;
    }

    /** The writer was told to finish the file (after this batch was taken): the next frame starts a new one. */
    void restart() {
        fragmentStartDecodeTime = NONE;
    }
}
