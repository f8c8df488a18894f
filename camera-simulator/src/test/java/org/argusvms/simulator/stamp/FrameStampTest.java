package org.argusvms.simulator.stamp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.OptionalLong;
import java.util.Random;

import org.junit.jupiter.api.Test;

class FrameStampTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 360;
    private static final long NOW = 1_764_130_000_123L; // 2025-11-26

    @Test
    void readsBackTheTimeItDrew() {
        byte[] luma = picture();

        FrameStamp.paint(luma, WIDTH, NOW);

        assertEquals(OptionalLong.of(NOW), FrameStamp.read(luma, WIDTH));
    }

    @Test
    void survivesTheBlurAndNoiseOfCompression() {
        byte[] luma = picture();
        FrameStamp.paint(luma, WIDTH, NOW);
        Random random = new Random(4);
        for (int i = 0; i < WIDTH * FrameStamp.HEIGHT; i++) {
            // ±60 grey levels of noise: a cell still reads as black (16) or white (235)
            luma[i] = (byte) Math.max(0, Math.min(255, (luma[i] & 0xFF) + random.nextInt(121) - 60));
        }

        assertEquals(OptionalLong.of(NOW), FrameStamp.read(luma, WIDTH));
    }

    @Test
    void aPictureWithoutAStampReadsAsNone() {
        assertEquals(OptionalLong.empty(), FrameStamp.read(picture(), WIDTH), "all black");
        byte[] grey = picture();
        Arrays.fill(grey, (byte) 200);
        assertEquals(OptionalLong.empty(), FrameStamp.read(grey, WIDTH), "all white");
    }

    @Test
    void oneMisreadCellIsRejectedNotReadAsAnotherTime() {
        byte[] luma = picture();
        FrameStamp.paint(luma, WIDTH, NOW);
        int cell = 40; // second row, a bit of the milliseconds
        int left = cell % FrameStamp.COLUMNS * FrameStamp.CELL_SIZE;
        int top = cell / FrameStamp.COLUMNS * FrameStamp.CELL_SIZE;
        for (int y = top; y < top + FrameStamp.CELL_SIZE; y++) {
            for (int x = left; x < left + FrameStamp.CELL_SIZE; x++) {
                luma[y * WIDTH + x] = (byte) (255 - (luma[y * WIDTH + x] & 0xFF));
            }
        }

        assertEquals(OptionalLong.empty(), FrameStamp.read(luma, WIDTH));
    }

    @Test
    void theStampStaysInItsCornerAndDocumentedLayout() {
        byte[] luma = picture();
        Arrays.fill(luma, (byte) 100);

        FrameStamp.paint(luma, WIDTH, NOW);

        assertEquals(100, luma[FrameStamp.HEIGHT * WIDTH] & 0xFF, "below the stamp untouched");
        assertEquals(100, luma[FrameStamp.WIDTH] & 0xFF, "right of the stamp untouched");
        long word = NOW << 16 | FrameStamp.check(NOW);
        int firstBit = (int) (word >>> 63);
        assertEquals(firstBit == 1 ? FrameStamp.WHITE : FrameStamp.BLACK, luma[0] & 0xFF, "cell 0 holds bit 63");
        int lastBit = (int) (word & 1);
        int lastCellPixel = (FrameStamp.HEIGHT - 1) * WIDTH + FrameStamp.WIDTH - 1;
        assertEquals(lastBit == 1 ? FrameStamp.WHITE : FrameStamp.BLACK, luma[lastCellPixel] & 0xFF, "cell 63 holds bit 0");
    }

    @Test
    void refusesPicturesTooSmallAndTimesTooLarge() {
        assertThrows(IllegalArgumentException.class, () -> FrameStamp.paint(new byte[320 * 180], 320, NOW));
        assertThrows(IllegalArgumentException.class, () -> FrameStamp.paint(picture(), WIDTH, 1L << 48));
        assertThrows(IllegalArgumentException.class, () -> FrameStamp.paint(picture(), WIDTH, -1));
    }

    private static byte[] picture() {
        return new byte[WIDTH * HEIGHT];
    }
}
