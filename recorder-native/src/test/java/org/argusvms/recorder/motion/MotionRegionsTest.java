package org.argusvms.recorder.motion;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MotionRegionsTest {

    @Test
    void twoPointsAreARectangleOfWholeCells() {
        GridCells topRightQuarter = MotionRegions.parse("0.5,0;1,0.5");

        assertEquals(8 * 6, topRightQuarter.count());
        assertTrue(topRightQuarter.contains(8, 0) && topRightQuarter.contains(15, 5));
        assertTrue(!topRightQuarter.contains(7, 0) && !topRightQuarter.contains(8, 6));
    }

    @Test
    void morePointsAreAPolygon() {
        GridCells triangle = MotionRegions.parse("0,0; 1,0; 0,1");

        assertTrue(triangle.contains(0, 0) && triangle.contains(14, 0) && triangle.contains(0, 10));
        assertTrue(!triangle.contains(15, 11) && !triangle.contains(8, 6));
    }

    @Test
    void noRegionIsTheWholePicture() {
        assertEquals(GridCells.ALL, MotionRegions.parse(null));
        assertEquals(GridCells.CELLS, MotionRegions.parse(" ").count());
    }

    @Test
    void malformedRegionsAreRefusedWithTheReason() {
        assertEquals("\"region\" must be 2 (rectangle corners) to 64 (polygon) points x,y in 0..1 separated by ';',"
                + " e.g. 0.5,0;1,0.5", assertThrows(IllegalArgumentException.class,
                        () -> MotionRegions.parse("0.5,0.5")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> MotionRegions.parse("a,b;c,d"));
        assertThrows(IllegalArgumentException.class, () -> MotionRegions.parse("0,0;1"));
        assertEquals("\"region\" coordinates must be between 0 and 1",
                assertThrows(IllegalArgumentException.class, () -> MotionRegions.parse("0,0;2,1")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MotionRegions.parse("0.5,0.5;0.51,0.51"))
                .getMessage().contains("no grid cell"));
    }
}
