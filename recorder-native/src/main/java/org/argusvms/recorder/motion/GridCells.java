package org.argusvms.recorder.motion;

import org.argusvms.recorder.protocol.MotionSettings.Polygon;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;

/**
 * A set of cells of the fixed motion grid, {@value #COLUMNS}×{@value #ROWS} over the picture whatever its resolution
 * (cell index = row × COLUMNS + column, row 0 at the top). Used both for where motion was seen and for regions
 * (masks). Immutable; 192 bits in three longs, so masking and testing cost a few instructions.
 */
public final class GridCells {

    public static final int COLUMNS = 16;
    public static final int ROWS = 12;
    public static final int CELLS = COLUMNS * ROWS;
    /** Size of {@link #toBytes()}. */
    public static final int BYTES = CELLS / 8;
    private static final int WORDS = CELLS / 64;

    public static final GridCells NONE = new GridCells(new long[WORDS]);
    public static final GridCells ALL = new GridCells(new long[] {-1L, -1L, -1L});

    private final long[] words;

    private GridCells(long[] words) {
        this.words = words;
    }

    /** Collects cells; not thread-safe. */
    public static final class Builder {
        private final long[] words = new long[WORDS];

        public Builder add(int column, int row) {
            int index = index(column, row);
            words[index >>> 6] |= 1L << (index & 63);
            return this;
        }

        public Builder addAll(GridCells cells) {
            for (int i = 0; i < WORDS; i++) {
                words[i] |= cells.words[i];
            }
            return this;
        }

        public boolean isEmpty() {
            return words[0] == 0 && words[1] == 0 && words[2] == 0;
        }

        public GridCells build() {
            return new GridCells(words.clone());
        }

        public void clear() {
            Arrays.fill(words, 0);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The cells whose centre lies inside any of the polygons. */
    public static GridCells inside(List<Polygon> polygons) {
        Builder cells = builder();
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                double x = (column + 0.5) / COLUMNS;
                double y = (row + 0.5) / ROWS;
                if (polygons.stream().anyMatch(polygon -> polygon.contains(x, y))) {
                    cells.add(column, row);
                }
            }
        }
        return cells.build();
    }

    /** @throws IllegalArgumentException if {@code bytes} holds fewer than {@link #BYTES} bytes from {@code offset} */
    public static GridCells fromBytes(byte[] bytes, int offset) {
        if (offset < 0 || bytes.length - offset < BYTES) {
            throw new IllegalArgumentException("a motion grid has " + BYTES + " bytes");
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, BYTES);
        return new GridCells(new long[] {buffer.getLong(), buffer.getLong(), buffer.getLong()});
    }

    public byte[] toBytes() {
        return ByteBuffer.allocate(BYTES).putLong(words[0]).putLong(words[1]).putLong(words[2]).array();
    }

    /** Whether the grid stored at {@code offset} of {@code bytes} shares a cell with this set; allocates nothing. */
    boolean intersectsStored(ByteBuffer bytes, int offset) {
        return (bytes.getLong(offset) & words[0]) != 0 || (bytes.getLong(offset + 8) & words[1]) != 0
                || (bytes.getLong(offset + 16) & words[2]) != 0;
    }

    public boolean contains(int column, int row) {
        int index = index(column, row);
        return (words[index >>> 6] & (1L << (index & 63))) != 0;
    }

    public boolean isEmpty() {
        return this.equals(NONE);
    }

    public int count() {
        return Long.bitCount(words[0]) + Long.bitCount(words[1]) + Long.bitCount(words[2]);
    }

    public GridCells intersection(GridCells other) {
        return new GridCells(new long[] {words[0] & other.words[0], words[1] & other.words[1],
                words[2] & other.words[2]});
    }

    public GridCells without(GridCells other) {
        return new GridCells(new long[] {words[0] & ~other.words[0], words[1] & ~other.words[1],
                words[2] & ~other.words[2]});
    }

    private static int index(int column, int row) {
        if (column < 0 || column >= COLUMNS || row < 0 || row >= ROWS) {
            throw new IndexOutOfBoundsException("cell " + column + "," + row + " outside the "
                    + COLUMNS + "x" + ROWS + " grid");
        }
        return row * COLUMNS + column;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GridCells that && Arrays.equals(words, that.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    /** Rows top to bottom, '#' for a cell in the set: readable in test failures and logs. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (int row = 0; row < ROWS; row++) {
            for (int column = 0; column < COLUMNS; column++) {
                text.append(contains(column, row) ? '#' : '.');
            }
            text.append(row < ROWS - 1 ? "/" : "");
        }
        return text.toString();
    }
}
