package org.argusvms.management.application.internal;

import org.argusvms.management.application.CameraMotion;
import org.argusvms.management.application.ValidationException;
import org.argusvms.recorder.protocol.MotionSettings;
import org.argusvms.recorder.protocol.MotionSettings.Point;
import org.argusvms.recorder.protocol.MotionSettings.Polygon;
import org.argusvms.recorder.protocol.RecordingMode;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks an administrator's motion settings against the limits of the recorder's parser ({@link MotionSettings}),
 * naming the field ({@code motion.sensitivity}, {@code motion.include[1]}), so a bad value never reaches a recorder.
 */
final class MotionInputValidator {

    static final int MAX_SENSITIVITY = 100;

    private MotionInputValidator() {
    }

    /**
     * The camera's motion settings: the fields the input gives, the others from {@code current} (off for a new
     * camera, the stored ones for a change). Recording on motion needs the detection: MOTION switches it on when the
     * input does not say, and is refused with an explicit {@code enabled: false}.
     */
    static MotionSettings motionSettings(CameraMotion input, MotionSettings current, RecordingMode mode) {
        CameraMotion given = input == null ? new CameraMotion(null, null) : input;
        boolean enabled = given.enabled() == null ? current.enabled() || mode == RecordingMode.MOTION : given.enabled();
        if (mode == RecordingMode.MOTION && !enabled) {
            throw new ValidationException("motion.enabled",
                    "recordingMode MOTION needs motion detection: set motion.enabled to true or choose another mode");
        }
        int sensitivity = CameraInputValidator.within("motion.sensitivity", given.sensitivity(),
                current.sensitivity(), MAX_SENSITIVITY, "");
        int analysisFps = CameraInputValidator.within("motion.analysisFps", given.analysisFps(),
                current.analysisFps(), MotionSettings.MAX_ANALYSIS_FPS, " pictures a second");
        List<Polygon> include = given.include() == null ? current.include() : polygons("motion.include", given.include());
        List<Polygon> exclude = given.exclude() == null ? current.exclude() : polygons("motion.exclude", given.exclude());
        return new MotionSettings(enabled, sensitivity, analysisFps, include, exclude);
    }

    private static List<Polygon> polygons(String field, List<List<List<Double>>> given) {
        if (given.size() > MotionSettings.MAX_POLYGONS) {
            throw new ValidationException(field, field + " holds at most " + MotionSettings.MAX_POLYGONS
                    + " polygons, got " + given.size());
        }
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            polygons.add(polygon(field + "[" + i + "]", given.get(i)));
        }
        return polygons;
    }

    private static Polygon polygon(String field, List<List<Double>> points) {
        if (points == null || points.size() < 3 || points.size() > Polygon.MAX_POINTS) {
            throw new ValidationException(field, field + " must be a polygon of 3 to " + Polygon.MAX_POINTS
                    + " [x, y] points");
        }
        List<Point> parsed = new ArrayList<>();
        for (List<Double> point : points) {
            if (point == null || point.size() != 2 || !isCoordinate(point.get(0)) || !isCoordinate(point.get(1))) {
                throw new ValidationException(field, field + ": every point must be [x, y] with x and y between"
                        + " 0 and 1 (0,0 is the top left of the picture)");
            }
            parsed.add(new Point(point.get(0), point.get(1)));
        }
        return new Polygon(parsed);
    }

    private static boolean isCoordinate(Double value) {
        return value != null && value >= 0 && value <= 1;
    }
}
