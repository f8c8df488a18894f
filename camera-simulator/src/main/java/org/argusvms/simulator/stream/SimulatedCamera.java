package org.argusvms.simulator.stream;

import org.argusvms.simulator.h264.H264Clip;

/** A camera the simulator serves: its RTSP path name, its clip and its live feed. */
public record SimulatedCamera(String name, H264Clip clip, LiveFeed feed) {
}
