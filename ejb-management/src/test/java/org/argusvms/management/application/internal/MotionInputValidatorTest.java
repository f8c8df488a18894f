package org.argusvms.management.application.internal;

import org.argusvms.management.application.CameraMotion;
import org.argusvms.management.application.ValidationException;
import org.argusvms.recorder.protocol.MotionSettings;
import org.argusvms.recorder.protocol.MotionSettings.Polygon;
import org.argusvms.recorder.protocol.RecordingMode;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MotionInputValidatorTest {

    private static final List<List<Double>> LOWER_HALF = List.of(List.of(0.0, 0.5), List.of(1.0, 0.5),
            List.of(1.0, 1.0), List.of(0.0, 1.0));
    private static final MotionSettings STORED = new MotionSettings(true, 70, 2,
            List.of(Polygon.rectangle(0, 0.5, 1, 1)), List.of());

    @Test
    void aNewCameraWithoutMotionInputHasDetectionOff() {
        assertEquals(MotionSettings.OFF, settings(null, MotionSettings.OFF, RecordingMode.ALWAYS));
    }

    @Test
    void givenFieldsReplaceTheStoredOnesAndAbsentOnesAreKept() {
        MotionSettings changed = settings(new CameraMotion(null, 30), STORED, RecordingMode.ALWAYS);

        assertEquals(new MotionSettings(true, 30, 2, STORED.include(), List.of()), changed);
    }

    @Test
    void regionsTakeTheRecordersPolygonFormAndAnEmptyListRemovesThem() {
        MotionSettings withRegion = settings(new CameraMotion(true, 50, 0, List.of(LOWER_HALF), null),
                MotionSettings.OFF, RecordingMode.ALWAYS);
        assertEquals(List.of(Polygon.rectangle(0, 0.5, 1, 1)), withRegion.include());

        MotionSettings cleared = settings(new CameraMotion(null, null, null, List.of(), null), STORED,
                RecordingMode.ALWAYS);
        assertEquals(List.of(), cleared.include());
    }

    @Test
    void recordingOnMotionSwitchesDetectionOnUnlessTheInputSaysOff() {
        assertTrue(settings(null, MotionSettings.OFF, RecordingMode.MOTION).enabled());

        assertRefused("motion.enabled", "recordingMode MOTION needs motion detection",
                new CameraMotion(false, null), RecordingMode.MOTION);
        assertFalse(settings(new CameraMotion(false, null), STORED, RecordingMode.ALWAYS).enabled());
    }

    @Test
    void outOfRangeNumbersAreRefusedNamingTheField() {
        assertRefused("motion.sensitivity", "motion.sensitivity must be 0..100, got 101", new CameraMotion(true, 101),
                RecordingMode.ALWAYS);
        assertRefused("motion.sensitivity", "got -1", new CameraMotion(true, -1), RecordingMode.ALWAYS);
        assertRefused("motion.analysisFps", "motion.analysisFps must be 0..5 pictures a second, got 6",
                new CameraMotion(true, 50, 6, null, null), RecordingMode.ALWAYS);
    }

    @Test
    void malformedRegionsAreRefusedNamingThePolygon() {
        List<List<Double>> line = List.of(List.of(0.0, 0.0), List.of(1.0, 1.0));
        List<List<Double>> outside = List.of(List.of(0.0, 0.0), List.of(1.5, 0.0), List.of(1.0, 1.0));
        List<List<Double>> missingY = List.of(List.of(0.0, 0.0), List.of(1.0), List.of(1.0, 1.0));

        assertRefused("motion.include[1]", "3 to 64 [x, y] points", regions(List.of(LOWER_HALF, line), null));
        assertRefused("motion.exclude[0]", "between 0 and 1", regions(null, List.of(outside)));
        assertRefused("motion.exclude[0]", "[x, y]", regions(null, List.of(missingY)));
        assertRefused("motion.include[0]", "polygon", regions(Collections.singletonList(null), null));
        assertRefused("motion.include", "at most 16 polygons", regions(Collections.nCopies(17, LOWER_HALF), null));
    }

    private static CameraMotion regions(List<List<List<Double>>> include, List<List<List<Double>>> exclude) {
        return new CameraMotion(true, 50, 0, include, exclude);
    }

    private static MotionSettings settings(CameraMotion input, MotionSettings current, RecordingMode mode) {
        return MotionInputValidator.motionSettings(input, current, mode);
    }

    private static void assertRefused(String field, String message, CameraMotion input) {
        assertRefused(field, message, input, RecordingMode.ALWAYS);
    }

    private static void assertRefused(String field, String message, CameraMotion input, RecordingMode mode) {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> settings(input, MotionSettings.OFF, mode));
        assertEquals(field, refused.field());
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }
}
