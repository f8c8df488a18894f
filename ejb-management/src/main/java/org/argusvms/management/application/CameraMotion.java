package org.argusvms.management.application;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbTypeDeserializer;
import org.argusvms.recorder.protocol.MotionSettings;
import org.argusvms.recorder.protocol.MotionSettings.Point;
import org.argusvms.recorder.protocol.MotionSettings.Polygon;

import java.io.Serializable;
import java.util.List;

/**
 * A camera's motion detection (docs/design/motion-detection.md) in the recorder's own JSON form: {@code include} and
 * {@code exclude} are lists of polygons, each a list of 3 to 64 {@code [x, y]} points in normalised picture
 * coordinates (0..1). As input every field is optional: an absent one keeps the stored value (the defaults on a new
 * camera); an empty region list removes the regions. In a {@link CameraView} every field is set.
 *
 * @param sensitivity 0 (only large, strong changes) to 100 (small, faint changes)
 * @param analysisFps pictures analysed per second, 0 (key frames only, the cheapest) to 5
 */
public record CameraMotion(Boolean enabled,
                           @JsonbTypeDeserializer(StrictIntegerDeserializer.class) Integer sensitivity,
                           @JsonbTypeDeserializer(StrictIntegerDeserializer.class) Integer analysisFps,
                           List<List<List<Double>>> include, List<List<List<Double>>> exclude)
        implements Serializable {

    /** JSON-B's constructor: a record with more than one needs it named. */
    @JsonbCreator
    public CameraMotion {
    }

    /** Only the switch and the sensitivity (the web form): the rest keeps its stored value. */
    public CameraMotion(Boolean enabled, Integer sensitivity) {
        this(enabled, sensitivity, null, null, null);
    }

    /** The recorder's settings as clients see them. */
    public static CameraMotion of(MotionSettings settings) {
        return new CameraMotion(settings.enabled(), settings.sensitivity(), settings.analysisFps(),
                coordinates(settings.include()), coordinates(settings.exclude()));
    }

    private static List<List<List<Double>>> coordinates(List<Polygon> polygons) {
        return polygons.stream().map(polygon -> polygon.points().stream()
                .map(CameraMotion::coordinates).toList()).toList();
    }

    private static List<Double> coordinates(Point point) {
        return List.of(point.x(), point.y());
    }
}
