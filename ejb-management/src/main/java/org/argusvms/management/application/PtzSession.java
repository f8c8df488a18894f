package org.argusvms.management.application;

import java.io.Serializable;
import java.time.Instant;

/**
 * Who steers a PTZ camera: the operator whose command came last, with the PTZ priority they had on it, until
 * {@code expiresAt} (docs/design/ptz-priority.md). Until then only an operator of the same or a higher priority may
 * steer the camera.
 */
public record PtzSession(String username, int priority, Instant expiresAt) implements Serializable {
}
