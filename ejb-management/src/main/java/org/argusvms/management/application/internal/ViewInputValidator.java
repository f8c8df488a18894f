package org.argusvms.management.application.internal;

import org.argusvms.management.application.ValidationException;
import org.argusvms.management.application.ViewInput;
import org.argusvms.management.application.ViewTileInput;
import org.argusvms.management.domain.model.view.ViewLayout;

import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Checks a view definition field by field. View names are labels shown in pickers, on smart walls and in exported
 * layouts, so they are held to a conservative character set: letters, digits, spaces and {@value #NAME_PUNCTUATION};
 * quotes, semicolons, slashes and ".." are refused rather than escaped everywhere the name may travel.
 */
final class ViewInputValidator {

    static final String NAME_PUNCTUATION = "-_.,:()#&+@!?";

    /** A validated view definition. */
    record ValidView(String name, boolean shared, ViewLayout layout) {
    }

    private ViewInputValidator() {
    }

    /** @param cameraKnown whether the caller may place the camera: it exists and they may see it */
    static ValidView validate(ViewInput input, Predicate<String> cameraKnown) {
        if (input == null) {
            throw new ValidationException("body", "a view object is required");
        }
        String name = name(input.name());
        int rows = side("rows", input.rows());
        int columns = side("columns", input.columns());
        return new ValidView(name, Boolean.TRUE.equals(input.shared()),
                new ViewLayout(rows, columns, tiles(input.tiles(), rows * columns, cameraKnown)));
    }

    static String name(String name) {
        String trimmed = NamedObjectInput.name(name);
        boolean plain = trimmed.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == ' '
                || NAME_PUNCTUATION.indexOf(c) >= 0);
        if (!plain || trimmed.contains("..")) {
            throw new ValidationException("name",
                    "a view name may contain letters, digits, spaces and " + NAME_PUNCTUATION + " (no \"..\")");
        }
        return trimmed;
    }

    private static int side(String field, Integer value) {
        if (value == null || value < 1 || value > ViewLayout.MAX_SIDE) {
            throw new ValidationException(field, field + " must be between 1 and " + ViewLayout.MAX_SIDE);
        }
        return value;
    }

    private static SortedMap<Integer, String> tiles(List<ViewTileInput> tiles, int tileCount,
                                                    Predicate<String> cameraKnown) {
        SortedMap<Integer, String> cameraByPosition = new TreeMap<>();
        if (tiles == null) {
            return cameraByPosition;
        }
        if (tiles.size() > tileCount) {
            throw new ValidationException("tiles", "the grid has only " + tileCount + " tiles");
        }
        for (ViewTileInput tile : tiles) {
            if (tile == null || tile.position() == null || tile.position() < 0 || tile.position() >= tileCount) {
                throw new ValidationException("tiles.position",
                        "each tile needs a position from 0 to " + (tileCount - 1) + " (row by row)");
            }
            if (!ViewLayout.isCameraId(tile.cameraId()) || !cameraKnown.test(tile.cameraId())) {
                throw new ValidationException("tiles.cameraId", "camera " + printable(tile.cameraId()) + " does not exist");
            }
            if (cameraByPosition.putIfAbsent(tile.position(), tile.cameraId()) != null) {
                throw new ValidationException("tiles.position", "tile " + tile.position() + " is listed twice");
            }
        }
        return cameraByPosition;
    }

    /** The id as it may be echoed in an error message: short and without control characters. */
    static String printable(String cameraId) {
        if (cameraId == null) {
            return "(none)";
        }
        String shown = cameraId.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }
}
