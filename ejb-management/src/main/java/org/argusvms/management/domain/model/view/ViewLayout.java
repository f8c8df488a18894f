package org.argusvms.management.domain.model.view;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The grid of a view: {@code rows} × {@code columns} tiles (1×1 up to 8×8; the usual 1×1, 2×2, 3×3 and 4×4 are just
 * cases of it), and the camera on each tile, by position counted row by row from 0. Empty tiles are not listed.
 * The same camera may be on several tiles.
 */
public record ViewLayout(int rows, int columns, SortedMap<Integer, String> cameraByPosition) {

    public static final int MAX_SIDE = 8;
    private static final char TILE_SEPARATOR = ';';
    private static final char POSITION_SEPARATOR = '=';

    public ViewLayout {
        if (rows < 1 || rows > MAX_SIDE || columns < 1 || columns > MAX_SIDE) {
            throw new IllegalArgumentException("a view has 1 to " + MAX_SIDE + " rows and columns, not " + rows + "×" + columns);
        }
        for (Map.Entry<Integer, String> tile : cameraByPosition.entrySet()) {
            if (tile.getKey() < 0 || tile.getKey() >= rows * columns) {
                throw new IllegalArgumentException("tile " + tile.getKey() + " is outside a " + rows + "×" + columns + " grid");
            }
            if (!isCameraId(tile.getValue())) {
                throw new IllegalArgumentException("tile " + tile.getKey() + " holds no valid camera id");
            }
        }
        cameraByPosition = Collections.unmodifiableSortedMap(new TreeMap<>(cameraByPosition));
    }

    /** Camera ids are what the management server generates (UUIDs): no separators, no control characters. */
    public static boolean isCameraId(String cameraId) {
        return cameraId != null && !cameraId.isBlank() && cameraId.length() <= 36
                && cameraId.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }

    public int tileCount() {
        return rows * columns;
    }

    public Set<String> cameraIds() {
        return new LinkedHashSet<>(cameraByPosition.values());
    }

    /** The same grid with every tile of the camera emptied. */
    public ViewLayout withoutCamera(String cameraId) {
        SortedMap<Integer, String> kept = new TreeMap<>(cameraByPosition);
        kept.values().removeIf(cameraId::equals);
        return new ViewLayout(rows, columns, kept);
    }

    /** The tiles as stored in one column: {@code position=cameraId;…}. */
    String encodedTiles() {
        StringBuilder text = new StringBuilder();
        cameraByPosition.forEach((position, cameraId) -> {
            if (!text.isEmpty()) {
                text.append(TILE_SEPARATOR);
            }
            text.append(position).append(POSITION_SEPARATOR).append(cameraId);
        });
        return text.toString();
    }

    static ViewLayout decode(int rows, int columns, String encodedTiles) {
        SortedMap<Integer, String> tiles = new TreeMap<>();
        if (encodedTiles != null && !encodedTiles.isEmpty()) {
            for (String tile : encodedTiles.split(String.valueOf(TILE_SEPARATOR))) {
                int separator = tile.indexOf(POSITION_SEPARATOR);
                tiles.put(Integer.parseInt(tile.substring(0, separator)), tile.substring(separator + 1));
            }
        }
        return new ViewLayout(rows, columns, tiles);
    }
}
