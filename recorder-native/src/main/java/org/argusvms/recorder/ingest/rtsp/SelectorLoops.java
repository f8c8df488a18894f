package org.argusvms.recorder.ingest.rtsp;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The process's selector threads for camera connections: about one per two cores (at most four), started on first
 * use and kept, like GStreamer's own process-wide threads. Connections are spread round-robin.
 */
final class SelectorLoops {

    private static final int MAX_LOOPS = 4;
    private static SelectorLoops shared;

    private final SelectorLoop[] loops;
    private final AtomicInteger next = new AtomicInteger();

    SelectorLoops(int count) {
        loops = new SelectorLoop[count];
        for (int i = 0; i < count; i++) {
            loops[i] = new SelectorLoop("rtsp-ingest-" + (i + 1));
        }
    }

    static synchronized SelectorLoops shared() {
        if (shared == null) {
            int processors = Runtime.getRuntime().availableProcessors();
            shared = new SelectorLoops(Math.max(1, Math.min(MAX_LOOPS, (processors + 1) / 2)));
        }
        return shared;
    }

    SelectorLoop next() {
        return loops[Math.floorMod(next.getAndIncrement(), loops.length)];
    }
}
