package org.argusvms.management.application;

import java.io.Serializable;

/**
 * One device of a piece of hardware. For a CAMERA the id is the camera's id and {@code state} what its recorder
 * reports (STREAMING, DISABLED, ...); other kinds have no state. {@code outputToken} is the relay output an OUTPUT
 * device switches.
 */
public record DeviceView(String id, String kind, int channel, String name, boolean enabled, String outputToken,
                         String state) implements Serializable {
}
