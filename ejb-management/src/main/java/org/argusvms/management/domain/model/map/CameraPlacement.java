package org.argusvms.management.domain.model.map;

import org.argusvms.management.domain.model.view.ViewLayout;

/**
 * A camera drawn on a floor plan. {@code x} and {@code y} are fractions (0..1) of the picture's width and height from
 * its top left corner, so placements survive the plan being shown at any size; {@code rotation} (degrees clockwise,
 * 0..359, null for none) points the icon where the camera looks; {@code label} (null for none) overrides nothing,
 * it is shown next to the camera's name.
 */
public record CameraPlacement(String cameraId, double x, double y, Integer rotation, String label) {

    public static final int MAX_LABEL = 100;

    public CameraPlacement {
        if (!ViewLayout.isCameraId(cameraId)) {
            throw new IllegalArgumentException("a placement needs a valid camera id");
        }
        if (!isFraction(x) || !isFraction(y)) {
            throw new IllegalArgumentException("x and y are fractions from 0 to 1, not " + x + ", " + y);
        }
        if (rotation != null && (rotation < 0 || rotation > 359)) {
            throw new IllegalArgumentException("rotation is 0 to 359 degrees, not " + rotation);
        }
        if (label != null && (label.length() > MAX_LABEL || label.chars().anyMatch(Character::isISOControl))) {
            throw new IllegalArgumentException("a label has at most " + MAX_LABEL + " printable characters");
        }
    }

    public static boolean isFraction(double value) {
        return value >= 0 && value <= 1;
    }
}
