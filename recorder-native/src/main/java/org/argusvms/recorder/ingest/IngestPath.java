package org.argusvms.recorder.ingest;

import org.argusvms.recorder.ingest.rtsp.JavaRtspIngest;

import java.util.Locale;

/** How the recorder receives camera streams for recording (option {@code --ingest}). */
public enum IngestPath {
    /** The lean RTSP/RTP client on shared selector threads (docs/design/rtsp-ingest.md). */
    JAVA,
    /** GStreamer's rtspsrc, rtph264depay and h264parse: the fallback. */
    GSTREAMER;

    CameraPipeline.Factory pipelines() {
        return this == JAVA ? new JavaRtspIngest() : RtspPipeline::new;
    }

    /** Parses {@code java} or {@code gstreamer}. */
    public static IngestPath parse(String text) {
        for (IngestPath path : values()) {
            if (path.name().equalsIgnoreCase(text.strip())) {
                return path;
            }
        }
        throw new IllegalArgumentException("--ingest must be java or gstreamer, not " + text);
    }

    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
