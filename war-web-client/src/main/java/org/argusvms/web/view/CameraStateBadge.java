package org.argusvms.web.view;

import java.util.Locale;

/**
 * How a camera's recorder-reported state looks in the camera list. States the web client does not know yet
 * (a newer recorder) show as {@link #UNKNOWN} rather than failing the page.
 */
public enum CameraStateBadge {
    STREAMING("Streaming", "ok"),
    CONNECTING("Connecting", "warn"),
    DISCONNECTED("Disconnected", "bad"),
    DISABLED("Disabled", "off"),
    UNKNOWN("Unknown", "off");

    private final String label;
    private final String tone;

    CameraStateBadge(String label, String tone) {
        this.label = label;
        this.tone = tone;
    }

    public static CameraStateBadge forState(String state) {
        if (state == null) {
            return UNKNOWN;
        }
        try {
            return valueOf(state.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknownState) {
            return UNKNOWN;
        }
    }

    public String label() {
        return label;
    }

    /** The CSS modifier of the badge: ok, warn, bad or off. */
    public String tone() {
        return tone;
    }
}
