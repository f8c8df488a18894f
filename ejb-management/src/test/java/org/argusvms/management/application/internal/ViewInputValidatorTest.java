package org.argusvms.management.application.internal;

import org.argusvms.management.application.ValidationException;
import org.argusvms.management.application.ViewInput;
import org.argusvms.management.application.ViewTileInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewInputValidatorTest {

    private static final Predicate<String> KNOWN = Set.of("cam-1", "cam-2")::contains;

    private static ViewInput view(String name, Integer rows, Integer columns, ViewTileInput... tiles) {
        return new ViewInput(name, false, rows, columns, Arrays.asList(tiles), null);
    }

    private static String refusedField(ViewInput input) {
        return assertThrows(ValidationException.class, () -> ViewInputValidator.validate(input, KNOWN)).field();
    }

    @Test
    void theUsualGridsAndCustomOnesUpToEightByEightAreAccepted() {
        for (int side : new int[] {1, 2, 3, 4, 8}) {
            assertEquals(side * side, ViewInputValidator.validate(view("Grid", side, side), KNOWN).layout().tileCount());
        }
        var wide = ViewInputValidator.validate(view("Corridor", 2, 5, new ViewTileInput(9, "cam-2")), KNOWN);
        assertEquals(Map.of(9, "cam-2"), wide.layout().cameraByPosition());
    }

    @Test
    void gridsOutsideOneToEightAreRefused() {
        assertEquals("rows", refusedField(view("Big", 9, 9)));
        assertEquals("columns", refusedField(view("Flat", 1, 0)));
        assertEquals("rows", refusedField(view("Missing", null, 2)));
    }

    @Test
    void tilesMustLieInsideTheGridOnceEach() {
        assertEquals("tiles.position", refusedField(view("Two by two", 2, 2, new ViewTileInput(4, "cam-1"))));
        assertEquals("tiles.position", refusedField(view("Negative", 2, 2, new ViewTileInput(-1, "cam-1"))));
        assertEquals("tiles.position", refusedField(view("Twice", 2, 2,
                new ViewTileInput(1, "cam-1"), new ViewTileInput(1, "cam-2"))));
        assertEquals("tiles.position", refusedField(view("No position", 2, 2, new ViewTileInput(null, "cam-1"))));
    }

    @Test
    void aCameraThatIsUnknownOrMalformedIsRefused() {
        assertEquals("tiles.cameraId", refusedField(view("Unknown", 2, 2, new ViewTileInput(0, "cam-9"))));
        assertEquals("tiles.cameraId", refusedField(view("Separator", 2, 2, new ViewTileInput(0, "cam-1;1=cam-2"))));
        assertEquals("tiles.cameraId", refusedField(view("Empty", 2, 2, new ViewTileInput(0, null))));
    }

    @Test
    void theSameCameraMayBeOnSeveralTiles() {
        var twice = ViewInputValidator.validate(view("Twice", 1, 2,
                new ViewTileInput(0, "cam-1"), new ViewTileInput(1, "cam-1")), KNOWN);
        assertEquals(List.of("cam-1", "cam-1"), List.copyOf(twice.layout().cameraByPosition().values()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"x'; DROP TABLE live_view; --", "../../etc/passwd", "..\\windows", "<script>", "a/b",
            "Lob\u0000by", "   ", "100% sure"})
    void namesThatAreNotPlainLabelsAreRefused(String name) {
        assertEquals("name", refusedField(view(name, 1, 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lobby", "Gate 2 (north)", "Parking #3 & ramp", "Café, Süd-Eingang", "Floor 1.2"})
    void plainLabelsAreAccepted(String name) {
        assertEquals(name, ViewInputValidator.validate(view(name, 1, 1), KNOWN).name());
    }

    @Test
    void sharingIsOnlyWhatTheClientAskedFor() {
        assertFalse(ViewInputValidator.validate(view("Own", 1, 1), KNOWN).shared());
        assertTrue(ViewInputValidator.validate(new ViewInput("Shared", true, 1, 1, null, null), KNOWN).shared());
        assertEquals("body", assertThrows(ValidationException.class, () -> ViewInputValidator.validate(null, KNOWN)).field());
    }
}
