package org.argusvms.management.domain.model.view;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ViewLayoutTest {

    private static ViewLayout layout(int rows, int columns, Map<Integer, String> tiles) {
        return new ViewLayout(rows, columns, new TreeMap<>(tiles));
    }

    @Test
    void theStoredFormReadsBackAsTheSameLayout() {
        ViewLayout layout = layout(3, 3, Map.of(0, "a1", 4, "b-2", 8, "a1"));
        assertEquals(layout, ViewLayout.decode(3, 3, layout.encodedTiles()));
        assertEquals(layout(2, 2, Map.of()), ViewLayout.decode(2, 2, ""));
    }

    @Test
    void removingACameraEmptiesAllItsTilesAndKeepsTheOthers() {
        ViewLayout layout = layout(2, 2, Map.of(0, "a", 1, "b", 3, "a"));
        assertEquals(layout(2, 2, Map.of(1, "b")), layout.withoutCamera("a"));
        assertEquals(Set.of("a", "b"), layout.cameraIds());
    }

    @Test
    void aLayoutCannotHoldTilesOutsideItsGridOrGrowBeyondEightByEight() {
        assertThrows(IllegalArgumentException.class, () -> layout(2, 2, Map.of(4, "a")));
        assertThrows(IllegalArgumentException.class, () -> layout(9, 1, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> layout(1, 1, Map.of(0, "a;b")));
    }

    @Test
    void aViewIsVisibleToItsOwnerOrToEveryoneWhenShared() {
        View personal = new View("v1");
        personal.define("Mine", false, "operator", layout(1, 1, Map.of()));
        assertTrue(personal.isVisibleTo("operator"));
        assertFalse(personal.isVisibleTo("admin"));

        personal.define("Ours", true, "operator", layout(1, 1, Map.of()));
        assertTrue(personal.isVisibleTo("admin"));
        assertEquals(null, personal.owner(), "a shared view has no owner");
    }
}
