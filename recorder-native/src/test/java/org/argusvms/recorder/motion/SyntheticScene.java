package org.argusvms.recorder.motion;

import java.util.Arrays;
import java.util.Random;

/**
 * Grey 128×96 pictures for detector tests: a mid-grey background with optional sensor noise and bright rectangles
 * placed in grid-cell units (a cell is 8×8 pixels at this size).
 */
final class SyntheticScene {

    static final int WIDTH = 128;
    static final int HEIGHT = 96;
    static final int CELL = WIDTH / GridCells.COLUMNS;

    private final byte[] pixels = new byte[WIDTH * HEIGHT];

    SyntheticScene(int grey) {
        Arrays.fill(pixels, (byte) grey);
    }

    /** Paints whole cells {@code column..column+columns-1}, {@code row..row+rows-1} with a grey level. */
    SyntheticScene cells(int column, int row, int columns, int rows, int grey) {
        return pixels(column * CELL, row * CELL, columns * CELL, rows * CELL, grey);
    }

    SyntheticScene pixels(int x, int y, int width, int height, int grey) {
        for (int line = y; line < y + height; line++) {
            Arrays.fill(pixels, line * WIDTH + x, line * WIDTH + x + width, (byte) grey);
        }
        return this;
    }

    /** Adds uniform noise of ±{@code amplitude} grey levels, as a sensor and the encoder would. */
    SyntheticScene noise(Random random, int amplitude) {
        for (int i = 0; i < pixels.length; i++) {
            int value = (pixels[i] & 0xff) + random.nextInt(2 * amplitude + 1) - amplitude;
            pixels[i] = (byte) Math.max(0, Math.min(255, value));
        }
        return this;
    }

    GrayFrame at(long epochMillis) {
        return new GrayFrame(WIDTH, HEIGHT, pixels.clone(), epochMillis);
    }
}
