package org.argusvms.recorder.ingest;

import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Version;

/** Initialises GStreamer once per process; every pipeline factory calls {@link #ensureInitialized()} first. */
public final class GStreamerRuntime {

    private static boolean initialized;

    private GStreamerRuntime() {
    }

    public static synchronized void ensureInitialized() {
        if (!initialized) {
            Gst.init(Version.of(1, 16), "argus-recorder");
            initialized = true;
        }
    }

    public static String version() {
        ensureInitialized();
        return Gst.getVersionString();
    }
}
