package org.argusvms.recorder.protocol;

import java.util.Locale;
import java.util.Optional;

/**
 * Which of a camera's streams its live viewers may watch besides the recorded one (docs/design/live-streaming.md,
 * "Second stream"). Recording always takes the primary stream.
 */
public enum LiveStreamSource {
    /** One stream for everything: recording, motion and every live viewer; the default. */
    PRIMARY,
    /**
     * A second, smaller stream for small live tiles: the camera's {@code liveStreamUrl}, or for an ONVIF camera
     * without one its second H.264/H.265 profile. Recording and motion keep the primary.
     */
    SECONDARY;

    /** {@code primary}, {@code SECONDARY}, ...; empty for anything else. */
    public static Optional<LiveStreamSource> parse(String text) {
        return EnumNames.parse(values(), text);
    }

    /** The name viewers use ({@code ?stream=secondary}, {@code "stream":"primary"}). */
    public String viewerName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
