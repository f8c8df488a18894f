package org.argusvms.recorder.live;

import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.ingest.FrameListener;
import org.argusvms.recorder.mp4.Fmp4Muxer;
import org.argusvms.recorder.mp4.Mp4Sample;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * Fans one camera connection out to any number of live viewers as fragmented MP4: one fragment per frame (a viewer
 * can show a frame as soon as the camera delivered it) and a cache of the frames since the last keyframe, so a new
 * viewer starts decoding immediately instead of waiting for the camera's next keyframe.
 *
 * <p>{@link #onFrame} runs on the streaming thread: while someone watches it muxes once per frame and only enqueues
 * to viewers. Nobody watches most cameras most of the time, so the cache holds the frames themselves (shared with
 * storage, never copied) and they are muxed only for a viewer who joins.
 */
public final class LiveStream implements FrameListener {

    private final long gopCacheLimitBytes;
    private final long viewerQueueLimitBytes;
    private final LongSupplier nanoTime;
    private final Runnable viewerLeft;
    private final Fmp4Muxer muxer = new Fmp4Muxer(VideoFrame.TIMESCALE);
    private final List<VideoFrame> gopCache = new ArrayList<>();
    /** Copy-on-write: a viewer removes itself (from I/O callbacks) without taking this stream's lock. */
    private final List<LiveViewer> viewers = new CopyOnWriteArrayList<>();
    private long gopCacheBytes;
    private boolean gopCacheComplete;
    private LiveInit init;

    public LiveStream(long gopCacheLimitBytes, long viewerQueueLimitBytes, LongSupplier nanoTime) {
        this(gopCacheLimitBytes, viewerQueueLimitBytes, nanoTime, () -> { });
    }

    /** @param viewerLeft runs after a viewer left, on the thread that closed it (I/O or streaming thread) */
    LiveStream(long gopCacheLimitBytes, long viewerQueueLimitBytes, LongSupplier nanoTime, Runnable viewerLeft) {
        this.gopCacheLimitBytes = gopCacheLimitBytes;
        this.viewerQueueLimitBytes = viewerQueueLimitBytes;
        this.nanoTime = nanoTime;
        this.viewerLeft = viewerLeft;
    }

    public static LiveStream withDefaultLimits() {
        return new LiveStream(32L << 20, 32L << 20, System::nanoTime);
    }

    @Override
    public synchronized void onFrame(VideoFrame frame) {
        if (init == null || (frame.keyframe() && !frame.parameterSets().equals(init.parameterSets()))) {
            if (!frame.keyframe()) {
                return;
            }
            init = LiveInit.of(frame.parameterSets(), muxer.initSegment(frame.parameterSets()));
            viewers.forEach(viewer -> viewer.sendInit(init));
        }
        if (frame.keyframe()) {
            clearGopCache();
            gopCacheComplete = true;
        }
        if (gopCacheComplete) {
            if (gopCacheBytes + frame.sample().length <= gopCacheLimitBytes) {
                gopCache.add(frame);
                gopCacheBytes += frame.sample().length;
            } else {
                clearGopCache(); // an endless GOP: new viewers wait for the next keyframe instead
            }
        }
        if (!viewers.isEmpty()) {
            byte[] fragment = fragment(frame);
            for (LiveViewer viewer : viewers) {
                viewer.sendFragment(fragment, frame.keyframe());
            }
        }
    }

    /**
     * One frame as a fragment. The muxer numbers fragments across the stream, so a viewer who joined while others
     * watched sees its catch-up fragments numbered after theirs: numbers still increase for each viewer.
     */
    private byte[] fragment(VideoFrame frame) {
        return muxer.fragment(frame.decodeTime(), List.of(new Mp4Sample(
                frame.sample(), frame.durationHint(), frame.compositionOffset(), frame.keyframe())));
    }

    @Override
    public synchronized void onStreamInterrupted(String reason) {
        clearGopCache(); // viewers stay; the next connection starts with a keyframe
    }

    /** Adds a viewer and queues the init segment and the current GOP for it. */
    public synchronized LiveViewer addViewer(ViewerConnection connection) {
        LiveViewer viewer = new LiveViewer(connection, viewerQueueLimitBytes, nanoTime, this::removeViewer);
        if (init != null) {
            viewer.sendInit(init);
            for (int i = 0; i < gopCache.size(); i++) {
                viewer.sendFragment(fragment(gopCache.get(i)), i == 0);
            }
        }
        viewers.add(viewer);
        return viewer;
    }

    void removeViewer(LiveViewer viewer) {
        if (viewers.remove(viewer)) {
            viewerLeft.run();
        }
    }

    public int viewerCount() {
        return viewers.size();
    }

    /** The init of the current stream, or null before the first keyframe. */
    public synchronized LiveInit currentInit() {
        return init;
    }

    /** Disconnects every viewer (camera removed or recorder stopping). */
    public void close() {
        viewers.forEach(LiveViewer::close);
    }

    private void clearGopCache() {
        gopCache.clear();
        gopCacheBytes = 0;
        gopCacheComplete = false;
    }
}
