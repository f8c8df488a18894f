package org.argusvms.recorder.motion;

/**
 * Finds the grid cells that changed: each picture is compared with a running-average background, a pixel counts as
 * changed when it differs by more than the sensitivity's threshold, and a cell moved when enough of its pixels
 * changed. The background adapts with a time constant of {@link #BACKGROUND_TIME_CONSTANT_MILLIS}, whatever the
 * analysis rate, so parked cars and shifting shadows stop counting as motion after some seconds.
 *
 * <p>A picture in which most pixels changed at once is a scene change (lights switched, day/night filter, camera
 * moved), not motion: the background is re-learned from it and no cell is reported, as Frigate does.
 *
 * <p>One instance per camera, called from one thread. Fixed-point integer arithmetic: about 15 operations per
 * pixel, 12,288 pixels per 128×96 picture.
 */
public final class MotionDetector {

    static final long BACKGROUND_TIME_CONSTANT_MILLIS = 5_000;
    /** More than this share of changed pixels is a scene change. */
    static final double SCENE_CHANGE_SHARE = 0.7;
    private static final int FIXED_POINT_SHIFT = 8;

    private final int pixelThreshold;
    private final double cellShare;
    private int[] background; // luma << FIXED_POINT_SHIFT
    private int width;
    private int height;
    private long lastMillis;

    /** @param sensitivity 0 to 100, see {@link #pixelThreshold(int)} and {@link #cellShare(int)} */
    public MotionDetector(int sensitivity) {
        if (sensitivity < 0 || sensitivity > 100) {
            throw new IllegalArgumentException("sensitivity must be between 0 and 100");
        }
        this.pixelThreshold = pixelThreshold(sensitivity);
        this.cellShare = cellShare(sensitivity);
    }

    /** Grey-level difference that makes a pixel changed: 50 at sensitivity 0, 30 at 50, 10 at 100. */
    static int pixelThreshold(int sensitivity) {
        return 10 + (100 - sensitivity) * 2 / 5;
    }

    /** Share of a cell's pixels that must change for the cell to move: 16 % at 0, 8.5 % at 50, 1 % at 100. */
    static double cellShare(int sensitivity) {
        return 0.01 + (100 - sensitivity) * 0.0015;
    }

    /** The cells that moved since the background was learned; none for the first picture or a scene change. */
    public GridCells analyse(GrayFrame frame) {
        if (background == null || frame.width() != width || frame.height() != height) {
            learn(frame);
            return GridCells.NONE;
        }
        int[] changedPerCell = new int[GridCells.CELLS];
        int changed = compareAndAdapt(frame, adaptationWeight(frame.epochMillis() - lastMillis), changedPerCell);
        lastMillis = frame.epochMillis();
        if (changed > SCENE_CHANGE_SHARE * width * height) {
            learn(frame);
            return GridCells.NONE;
        }
        return movedCells(changedPerCell);
    }

    /** Forgets the background (the stream was interrupted): the next picture is learned, not compared. */
    public void reset() {
        background = null;
    }

    /** Counts changed pixels per cell while blending the picture into the background; returns the total. */
    private int compareAndAdapt(GrayFrame frame, int weight, int[] changedPerCell) {
        byte[] pixels = frame.pixels();
        int[] columnOfX = new int[width];
        for (int x = 0; x < width; x++) {
            columnOfX[x] = x * GridCells.COLUMNS / width;
        }
        int threshold = pixelThreshold << FIXED_POINT_SHIFT;
        int changed = 0;
        for (int y = 0; y < height; y++) {
            int rowOffset = y * GridCells.ROWS / height * GridCells.COLUMNS;
            int line = y * width;
            for (int x = 0; x < width; x++) {
                int index = line + x;
                int value = (pixels[index] & 0xff) << FIXED_POINT_SHIFT;
                int difference = value - background[index];
                if (difference > threshold || -difference > threshold) {
                    changedPerCell[rowOffset + columnOfX[x]]++;
                    changed++;
                }
                background[index] += (difference * weight) >> FIXED_POINT_SHIFT;
            }
        }
        return changed;
    }

    private GridCells movedCells(int[] changedPerCell) {
        GridCells.Builder moved = GridCells.builder();
        for (int row = 0; row < GridCells.ROWS; row++) {
            int cellHeight = pixelsOfCell(row, GridCells.ROWS, height);
            for (int column = 0; column < GridCells.COLUMNS; column++) {
                int cellWidth = pixelsOfCell(column, GridCells.COLUMNS, width);
                int needed = Math.max(1, (int) Math.ceil(cellShare * cellWidth * cellHeight));
                if (changedPerCell[row * GridCells.COLUMNS + column] >= needed) {
                    moved.add(column, row);
                }
            }
        }
        return moved.build();
    }

    /** How many of {@code size} pixel columns (rows) fall into cell {@code cell}: those with ⌊p·cells/size⌋ = cell. */
    private static int pixelsOfCell(int cell, int cells, int size) {
        return ceilDivide((cell + 1) * size, cells) - ceilDivide(cell * size, cells);
    }

    private static int ceilDivide(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }

    /** How much of the new picture goes into the background: 1 - e^(-Δt/τ), in 1/256 steps, at least one step. */
    private static int adaptationWeight(long elapsedMillis) {
        double share = 1 - Math.exp(-Math.max(0, elapsedMillis) / (double) BACKGROUND_TIME_CONSTANT_MILLIS);
        return Math.max(1, (int) Math.round(share * (1 << FIXED_POINT_SHIFT)));
    }

    private void learn(GrayFrame frame) {
        width = frame.width();
        height = frame.height();
        lastMillis = frame.epochMillis();
        background = new int[width * height];
        byte[] pixels = frame.pixels();
        for (int i = 0; i < background.length; i++) {
            background[i] = (pixels[i] & 0xff) << FIXED_POINT_SHIFT;
        }
    }
}
