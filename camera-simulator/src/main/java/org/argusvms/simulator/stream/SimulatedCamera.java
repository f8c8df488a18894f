package org.argusvms.simulator.stream;

import org.argusvms.simulator.fault.CameraFaults;

/** A camera the simulator serves: its RTSP path name, its live feed and the faults it currently shows. */
public record SimulatedCamera(String name, LiveFeed feed, CameraFaults faults) {
}
