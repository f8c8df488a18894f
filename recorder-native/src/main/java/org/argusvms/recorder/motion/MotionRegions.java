package org.argusvms.recorder.motion;

import org.argusvms.recorder.protocol.MotionSettings.Point;
import org.argusvms.recorder.protocol.MotionSettings.Polygon;

import java.util.ArrayList;
import java.util.List;

/**
 * The text form of a search region: points {@code x,y} in normalised picture coordinates separated by {@code ;}.
 * Two points are the corners of a rectangle ({@code 0.5,0;1,0.5} is the top-right quarter), three or more a polygon.
 */
public final class MotionRegions {

    private MotionRegions() {
    }

    /**
     * The grid cells whose centre lies in the region; the whole grid for a missing or blank text.
     *
     * @throws IllegalArgumentException with a message for the client if the text is malformed or covers no cell
     */
    public static GridCells parse(String text) {
        if (text == null || text.isBlank()) {
            return GridCells.ALL;
        }
        String[] pairs = text.split(";", -1);
        if (pairs.length < 2 || pairs.length > Polygon.MAX_POINTS) {
            throw invalid();
        }
        List<Point> points = new ArrayList<>();
        for (String pair : pairs) {
            String[] coordinates = pair.split(",", -1);
            if (coordinates.length != 2) {
                throw invalid();
            }
            try {
                points.add(new Point(Double.parseDouble(coordinates[0].strip()),
                        Double.parseDouble(coordinates[1].strip())));
            } catch (NumberFormatException e) {
                throw invalid();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("\"region\" coordinates must be between 0 and 1");
            }
        }
        Polygon polygon = points.size() == 2
                ? Polygon.rectangle(points.get(0).x(), points.get(0).y(), points.get(1).x(), points.get(1).y())
                : new Polygon(points);
        GridCells cells = GridCells.inside(List.of(polygon));
        if (cells.isEmpty()) {
            throw new IllegalArgumentException("\"region\" contains no grid cell centre (the grid has "
                    + GridCells.COLUMNS + "x" + GridCells.ROWS + " cells); draw it larger");
        }
        return cells;
    }

    private static IllegalArgumentException invalid() {
        return new IllegalArgumentException("\"region\" must be 2 (rectangle corners) to " + Polygon.MAX_POINTS
                + " (polygon) points x,y in 0..1 separated by ';', e.g. 0.5,0;1,0.5");
    }
}
