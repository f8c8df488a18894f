package org.argusvms.simulator.stamp;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * The capture time a stamped camera draws into each picture, so that a viewer can tell from the pixels alone how old
 * the frame it shows is (benchmark B4/B5 reads it back in the browser).
 *
 * <p>Layout: 64 cells of 16×16 pixels in 2 rows of 32 at the top-left corner (512×32 pixels; aligned to H.264
 * macroblocks, so that compression blurs a cell but never mixes two). Cell {@code i} (row-major from the top-left)
 * holds bit {@code 63 - i} of the word {@code millis << 16 | check}: white (luma 235) is 1, black (luma 16) is 0.
 * {@code millis} is the capture time in epoch milliseconds (48 bits, good until the year 10889); {@code check} is
 * {@code ((m >> 32) + ((m >> 16) & 0xFFFF) + (m & 0xFFFF)) & 0xFFFF ^ 0x5A5A}, which rejects a misread picture.
 * A reader takes the mean of each cell's central 4×4 pixels and compares it with 128. The page-side reader
 * (benchmarks module, {@code live-latency-probe.js}) implements the same layout in JavaScript.
 */
public final class FrameStamp {

    public static final int CELL_SIZE = 16;
    public static final int COLUMNS = 32;
    public static final int ROWS = 2;
    /** The stamped area; pictures must be at least this large. */
    public static final int WIDTH = CELL_SIZE * COLUMNS;
    public static final int HEIGHT = CELL_SIZE * ROWS;

    static final int BLACK = 16;
    static final int WHITE = 235;
    private static final int BITS = COLUMNS * ROWS;
    private static final long MAX_MILLIS = (1L << 48) - 1;
    private static final int SAMPLE_OFFSET = CELL_SIZE / 2 - 2;
    private static final int SAMPLE_SIZE = 4;

    private FrameStamp() {
    }

    /** Draws {@code epochMillis} into the luma plane of a picture {@code width} pixels wide. */
    public static void paint(byte[] luma, int width, long epochMillis) {
        requireFits(luma, width);
        if (epochMillis < 0 || epochMillis > MAX_MILLIS) {
            throw new IllegalArgumentException("a stamp holds 0 to 2^48-1 ms, got " + epochMillis);
        }
        long word = epochMillis << 16 | check(epochMillis);
        for (int cell = 0; cell < BITS; cell++) {
            byte value = (byte) (((word >>> (BITS - 1 - cell)) & 1) == 1 ? WHITE : BLACK);
            int left = cell % COLUMNS * CELL_SIZE;
            int top = cell / COLUMNS * CELL_SIZE;
            for (int y = top; y < top + CELL_SIZE; y++) {
                Arrays.fill(luma, y * width + left, y * width + left + CELL_SIZE, value);
            }
        }
    }

    /** The capture time drawn into this luma plane, or empty when the cells do not hold a valid stamp. */
    public static OptionalLong read(byte[] luma, int width) {
        requireFits(luma, width);
        long word = 0;
        for (int cell = 0; cell < BITS; cell++) {
            int left = cell % COLUMNS * CELL_SIZE + SAMPLE_OFFSET;
            int top = cell / COLUMNS * CELL_SIZE + SAMPLE_OFFSET;
            int sum = 0;
            for (int y = top; y < top + SAMPLE_SIZE; y++) {
                for (int x = left; x < left + SAMPLE_SIZE; x++) {
                    sum += luma[y * width + x] & 0xFF;
                }
            }
            word = word << 1 | (sum / (SAMPLE_SIZE * SAMPLE_SIZE) >= 128 ? 1 : 0);
        }
        long millis = word >>> 16;
        return (word & 0xFFFF) == check(millis) ? OptionalLong.of(millis) : OptionalLong.empty();
    }

    static long check(long millis) {
        return ((millis >>> 32) + ((millis >>> 16) & 0xFFFF) + (millis & 0xFFFF)) & 0xFFFF ^ 0x5A5A;
    }

    private static void requireFits(byte[] luma, int width) {
        if (width < WIDTH || luma.length < width * HEIGHT) {
            throw new IllegalArgumentException("a stamp needs a picture of at least " + WIDTH + "x" + HEIGHT + " pixels");
        }
    }
}
