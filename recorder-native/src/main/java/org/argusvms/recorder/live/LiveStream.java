package org.argusvms.recorder.live;

import org.argusvms.recorder.codec.AudioFormat;
import org.argusvms.recorder.codec.AudioFrame;
import org.argusvms.recorder.h264.VideoFrame;
import org.argusvms.recorder.ingest.FrameListener;
import org.argusvms.recorder.mp4.Fmp4Muxer;
import org.argusvms.recorder.mp4.Mp4Sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
 *
 * <p>An {@link #audible} stream also carries the camera's sound as a second track (AAC as it came, G.711 as FLAC),
 * each audio frame a fragment of its own; the other streams never mux audio, so a viewer without the right to listen
 * never receives its bytes.
 */
public final class LiveStream implements FrameListener {

    private final long gopCacheLimitBytes;
    private final long viewerQueueLimitBytes;
    private final LongSupplier nanoTime;
    private final Runnable viewerLeft;
    private final Fmp4Muxer muxer = new Fmp4Muxer(VideoFrame.TIMESCALE);
    /** The frames since the last keyframe, picture and sound in arrival order, for a viewer who joins. */
    private final List<Cached> gopCache = new ArrayList<>();
    /** Copy-on-write: a viewer removes itself (from I/O callbacks) without taking this stream's lock. */
    private final List<LiveViewer> viewers = new CopyOnWriteArrayList<>();
    private long gopCacheBytes;
    private boolean gopCacheComplete;
    private LiveInit init;
    private boolean audible;
    /** The sound track of an audible stream, in a form browsers play; null without sound. */
    private BrowserAudio audio;

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

    /** A stream that carries the camera's sound too, for viewers allowed to listen. */
    static LiveStream audible(long gopCacheLimitBytes, long viewerQueueLimitBytes, LongSupplier nanoTime) {
        LiveStream stream = new LiveStream(gopCacheLimitBytes, viewerQueueLimitBytes, nanoTime);
        stream.audible = true;
        return stream;
    }

    /** A new sound track (or none) starts a new init segment at the next keyframe. */
    @Override
    public synchronized void onAudioFormat(AudioFormat format) {
        BrowserAudio playable = audible ? BrowserAudio.of(format) : null;
        if (!Objects.equals(playable == null ? null : playable.playable(), audio == null ? null : audio.playable())) {
            init = null;
            clearGopCache();
        }
        audio = playable;
    }

    @Override
    public synchronized void onAudioFrame(AudioFrame frame) {
        if (audio == null || init == null || init.audio() == null || !audio.accepts(frame)) {
            return;
        }
        if (gopCacheComplete && gopCacheBytes + frame.data().length <= gopCacheLimitBytes) {
            gopCache.add(new CachedAudio(frame));
            gopCacheBytes += frame.data().length;
        }
        if (!viewers.isEmpty()) {
            byte[] fragment = audioFragment(frame);
            for (LiveViewer viewer : viewers) {
                viewer.sendFragment(fragment, false);
            }
        }
    }

    @Override
    public synchronized void onFrame(VideoFrame frame) {
        if (init == null || (frame.keyframe() && !frame.parameterSets().equals(init.parameterSets()))) {
            if (!frame.keyframe()) {
                return;
            }
            AudioFormat sound = audio == null ? null : audio.playable();
            init = LiveInit.of(frame.parameterSets(), sound, muxer.initSegment(frame.parameterSets(), sound));
            viewers.forEach(viewer -> viewer.sendInit(init));
        }
        if (frame.keyframe()) {
            clearGopCache();
            gopCacheComplete = true;
        }
        if (gopCacheComplete) {
            if (gopCacheBytes + frame.sample().length <= gopCacheLimitBytes) {
                gopCache.add(new CachedVideo(frame));
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

    private byte[] audioFragment(AudioFrame frame) {
        return muxer.audioFragment(audio.decodeTime(frame), audio.samples(frame));
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
            for (Cached cached : gopCache) {
                if (cached instanceof CachedVideo video) {
                    viewer.sendFragment(fragment(video.frame()), cached == gopCache.get(0)); // the GOP's keyframe
                } else if (cached instanceof CachedAudio sound && audio != null && audio.accepts(sound.frame())) {
                    viewer.sendFragment(audioFragment(sound.frame()), false);
                }
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

    /** An entry of the GOP cache: muxed for each viewer who joins, never for nobody. */
    private sealed interface Cached permits CachedVideo, CachedAudio {
    }

    private record CachedVideo(VideoFrame frame) implements Cached {
    }

    private record CachedAudio(AudioFrame frame) implements Cached {
    }

    private void clearGopCache() {
        gopCache.clear();
        gopCacheBytes = 0;
        gopCacheComplete = false;
    }
}
