package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/**
 * Motion detection of one camera, done by its recorder (docs/design/motion-detection.md). Regions are polygons in
 * normalised picture coordinates (0,0 top left, 1,1 bottom right), so they survive a change of resolution.
 *
 * @param sensitivity 0 (only large, strong changes) to 100 (small, faint changes)
 * @param analysisFps pictures analysed per second, 1 to {@link #MAX_ANALYSIS_FPS}; 0 analyses key frames only, which
 *                    is by far the cheapest (no P-frame is decoded)
 * @param include     where motion starts events; empty: the whole picture
 * @param exclude     where motion is ignored altogether (trees, a road): neither events nor smart-search metadata
 */
public record MotionSettings(boolean enabled, int sensitivity, int analysisFps, List<Polygon> include,
                             List<Polygon> exclude) {

    public static final int DEFAULT_SENSITIVITY = 50;
    public static final int MAX_ANALYSIS_FPS = 5;
    public static final int MAX_POLYGONS = 16;
    /** Motion detection off: what a camera without motion settings gets. */
    public static final MotionSettings OFF = new MotionSettings(false, DEFAULT_SENSITIVITY, 0, List.of(), List.of());

    public MotionSettings {
        if (sensitivity < 0 || sensitivity > 100) {
            throw new IllegalArgumentException("motion sensitivity must be between 0 and 100");
        }
        if (analysisFps < 0 || analysisFps > MAX_ANALYSIS_FPS) {
            throw new IllegalArgumentException("motion analysisFps must be between 0 (key frames only) and "
                    + MAX_ANALYSIS_FPS);
        }
        include = include == null ? List.of() : List.copyOf(include);
        exclude = exclude == null ? List.of() : List.copyOf(exclude);
        if (include.size() > MAX_POLYGONS || exclude.size() > MAX_POLYGONS) {
            throw new IllegalArgumentException("at most " + MAX_POLYGONS + " include and " + MAX_POLYGONS
                    + " exclude polygons");
        }
    }

    /** A point of the picture, both coordinates between 0 and 1. */
    public record Point(double x, double y) {
        public Point {
            if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
                throw new IllegalArgumentException("polygon coordinates must be between 0 and 1");
            }
        }
    }

    /** A simple polygon of 3 to {@link #MAX_POINTS} points. */
    public record Polygon(List<Point> points) {

        public static final int MAX_POINTS = 64;

        public Polygon {
            points = List.copyOf(points);
            if (points.size() < 3 || points.size() > MAX_POINTS) {
                throw new IllegalArgumentException("a polygon has 3 to " + MAX_POINTS + " points");
            }
        }

        /** The axis-aligned rectangle between two corners. */
        public static Polygon rectangle(double x1, double y1, double x2, double y2) {
            return new Polygon(List.of(new Point(x1, y1), new Point(x2, y1), new Point(x2, y2), new Point(x1, y2)));
        }

        /** Even-odd rule (ray casting); points on an edge may fall either way. */
        public boolean contains(double x, double y) {
            boolean inside = false;
            for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
                Point a = points.get(i);
                Point b = points.get(j);
                if ((a.y() > y) != (b.y() > y) && x < (b.x() - a.x()) * (y - a.y()) / (b.y() - a.y()) + a.x()) {
                    inside = !inside;
                }
            }
            return inside;
        }

        JsonArray toJson() {
            JsonArrayBuilder array = Json.createArrayBuilder();
            points.forEach(point -> array.add(Json.createArrayBuilder().add(point.x()).add(point.y())));
            return array.build();
        }

        static Polygon fromJson(JsonValue value) throws ProtocolException {
            if (!(value instanceof JsonArray array)) {
                throw JsonFields.invalid("a motion polygon must be an array of [x, y] points");
            }
            List<Point> points = new ArrayList<>();
            for (JsonValue element : array) {
                if (!(element instanceof JsonArray pair) || pair.size() != 2
                        || !(pair.get(0) instanceof JsonNumber x) || !(pair.get(1) instanceof JsonNumber y)) {
                    throw JsonFields.invalid("a motion polygon point must be [x, y] with numbers between 0 and 1");
                }
                points.add(new Point(x.doubleValue(), y.doubleValue()));
            }
            return new Polygon(points);
        }
    }

    public JsonObject toJson() {
        JsonObjectBuilder builder = Json.createObjectBuilder()
                .add("enabled", enabled)
                .add("sensitivity", sensitivity)
                .add("analysisFps", analysisFps);
        if (!include.isEmpty()) {
            builder.add("include", polygonsToJson(include));
        }
        if (!exclude.isEmpty()) {
            builder.add("exclude", polygonsToJson(exclude));
        }
        return builder.build();
    }

    /** @throws ProtocolException INVALID_ARGUMENT naming what is wrong */
    public static MotionSettings fromJson(JsonValue value) throws ProtocolException {
        if (!(value instanceof JsonObject json)) {
            throw JsonFields.invalid("\"motion\" must be an object");
        }
        JsonValue enabled = json.getOrDefault("enabled", JsonValue.TRUE);
        if (enabled != JsonValue.TRUE && enabled != JsonValue.FALSE) {
            throw JsonFields.invalid("\"motion.enabled\" must be true or false");
        }
        try {
            return new MotionSettings(enabled == JsonValue.TRUE,
                    wholeNumber(json, "sensitivity", DEFAULT_SENSITIVITY),
                    wholeNumber(json, "analysisFps", 0),
                    polygonsFromJson(json.get("include")),
                    polygonsFromJson(json.get("exclude")));
        } catch (IllegalArgumentException e) {
            throw JsonFields.invalid(e.getMessage());
        }
    }

    private static int wholeNumber(JsonObject json, String name, int absent) throws ProtocolException {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return absent;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral() || number.longValue() != number.intValue()) {
            throw JsonFields.invalid("\"motion." + name + "\" must be a whole number");
        }
        return number.intValue();
    }

    private static JsonArray polygonsToJson(List<Polygon> polygons) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        polygons.forEach(polygon -> array.add(polygon.toJson()));
        return array.build();
    }

    private static List<Polygon> polygonsFromJson(JsonValue value) throws ProtocolException {
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw JsonFields.invalid("motion regions must be arrays of polygons");
        }
        List<Polygon> polygons = new ArrayList<>();
        for (JsonValue element : array) {
            polygons.add(Polygon.fromJson(element));
        }
        return polygons;
    }
}
