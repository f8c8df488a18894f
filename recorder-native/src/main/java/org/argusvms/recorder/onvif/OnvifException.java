package org.argusvms.recorder.onvif;

import java.util.List;
import java.util.Optional;

/**
 * An ONVIF call failed: the camera answered with a SOAP fault, could not be reached, or answered something that is
 * not ONVIF. Messages name the camera's address and what went wrong, never credentials.
 */
public class OnvifException extends Exception {

    /** The fault's subcodes, outermost first, without prefix: {@code [InvalidArgVal, NoToken]}. */
    private final List<String> faultSubcodes;

    public OnvifException(String message) {
        this(message, List.of(), null);
    }

    public OnvifException(String message, Throwable cause) {
        this(message, List.of(), cause);
    }

    OnvifException(String message, List<String> faultSubcodes, Throwable cause) {
        super(message, cause);
        this.faultSubcodes = List.copyOf(faultSubcodes);
    }

    /** The most specific subcode of the camera's SOAP fault, e.g. {@code NotAuthorized} or {@code NoToken}. */
    public Optional<String> faultSubcode() {
        return faultSubcodes.isEmpty() ? Optional.empty()
                : Optional.of(faultSubcodes.get(faultSubcodes.size() - 1));
    }

    /** Whether the camera refused the credentials. */
    public boolean isNotAuthorized() {
        return faultSubcodes.contains("NotAuthorized");
    }

    /** Whether the camera refused an argument (ter:InvalidArgVal: an unknown preset, output or profile). */
    public boolean isInvalidArgument() {
        return faultSubcodes.contains("InvalidArgVal");
    }
}
