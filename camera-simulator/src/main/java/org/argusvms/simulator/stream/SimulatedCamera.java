package org.argusvms.simulator.stream;

import org.argusvms.simulator.audio.AudioClip;
import org.argusvms.simulator.fault.CameraFaults;

/**
 * A camera the simulator serves: its RTSP path name, its live feed, the faults it currently shows, and its sound
 * (null for a camera without audio).
 */
public record SimulatedCamera(String name, LiveFeed feed, CameraFaults faults, AudioClip audio) {

    /** A camera without audio. */
    public SimulatedCamera(String name, LiveFeed feed, CameraFaults faults) {
        this(name, feed, faults, null);
    }

    public boolean hasAudio() {
        return audio != null;
    }
}
