package org.argusvms.management.application.internal;

import org.argusvms.management.application.MapPlacementInput;
import org.argusvms.management.application.MapPlacementsInput;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.map.CameraPlacement;
import org.argusvms.management.domain.model.map.Placements;
import org.argusvms.management.domain.model.view.ViewLayout;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Checks map names and camera placements field by field, naming the offending placement by its index. */
final class MapInputValidator {

    static final int MAX_NAME = 100;

    private MapInputValidator() {
    }

    static String name(String name) {
        String trimmed = NamedObjectInput.name(name);
        if (trimmed.length() > MAX_NAME) {
            throw new ValidationException("name", "a map name has at most " + MAX_NAME + " characters");
        }
        return trimmed;
    }

    /** @param cameraExists whether a camera of that id exists */
    static Placements placements(MapPlacementsInput input, Predicate<String> cameraExists) {
        if (input == null || input.placements() == null) {
            throw new ValidationException("placements", "a list of placements is required (it may be empty)");
        }
        if (input.placements().size() > Placements.MAX_PLACEMENTS) {
            throw new ValidationException("placements", "a map holds at most " + Placements.MAX_PLACEMENTS + " cameras");
        }
        List<CameraPlacement> placements = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        for (int index = 0; index < input.placements().size(); index++) {
            CameraPlacement placement = placement(input.placements().get(index), "placements[" + index + "]", cameraExists);
            if (!placed.add(placement.cameraId())) {
                throw new ValidationException("placements[" + index + "].cameraId",
                        "camera " + placement.cameraId() + " is placed twice");
            }
            placements.add(placement);
        }
        return new Placements(placements);
    }

    private static CameraPlacement placement(MapPlacementInput input, String field, Predicate<String> cameraExists) {
        if (input == null) {
            throw new ValidationException(field, "a placement object is required");
        }
        if (!ViewLayout.isCameraId(input.cameraId()) || !cameraExists.test(input.cameraId())) {
            throw new ValidationException(field + ".cameraId", "camera " + ViewInputValidator.printable(input.cameraId()) + " does not exist");
        }
        double x = fraction(input.x(), field + ".x");
        double y = fraction(input.y(), field + ".y");
        if (input.rotation() != null && (input.rotation() < 0 || input.rotation() > 359)) {
            throw new ValidationException(field + ".rotation", "rotation must be 0 to 359 degrees");
        }
        String label = input.label() == null || input.label().isBlank() ? null : input.label().trim();
        if (label != null && (label.length() > CameraPlacement.MAX_LABEL
                || label.chars().anyMatch(Character::isISOControl))) {
            throw new ValidationException(field + ".label",
                    "a label has at most " + CameraPlacement.MAX_LABEL + " printable characters");
        }
        return new CameraPlacement(input.cameraId(), x, y, input.rotation(), label);
    }

    private static double fraction(Double value, String field) {
        if (value == null || !CameraPlacement.isFraction(value)) {
            throw new ValidationException(field, field + " must be a fraction of the picture from 0 to 1");
        }
        return value;
    }
}
