package org.argusvms.simulator.stream;

/** Receives every frame of a live feed, on the feed's clock thread: must return quickly and never block. */
@FunctionalInterface
public interface FrameListener {

    void onFrame(LiveFrame frame);
}
