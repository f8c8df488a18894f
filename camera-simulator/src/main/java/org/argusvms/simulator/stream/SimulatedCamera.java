package org.argusvms.simulator.stream;

import org.argusvms.simulator.audio.AudioClip;
import org.argusvms.simulator.fault.CameraFaults;

/**
 * A camera the simulator serves: its RTSP path name, its live feed, the faults it currently shows, and its sound
 * (null for a camera without audio), and whether it sends an ONVIF metadata track.
 */
public record SimulatedCamera(String name, LiveFeed feed, CameraFaults faults, AudioClip audio, boolean metadata) {

    /** A camera without audio. */
    public SimulatedCamera(String name, LiveFeed feed, CameraFaults faults) {
        this(name, feed, faults, null);
    }

    /** A camera without an ONVIF metadata track. */
    public SimulatedCamera(String name, LiveFeed feed, CameraFaults faults, AudioClip audio) {
        this(name, feed, faults, audio, false);
    }

    public boolean hasAudio() {
        return audio != null;
    }
}
