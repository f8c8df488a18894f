package org.argusvms.recorder.storage;

import java.nio.file.Path;

/**
 * The storage a camera's next segment is written to.
 *
 * @param storageId recorded with the segment, so the storage's retention applies to it wherever it lives
 * @param root      the storage's directory; the segment goes to {@code <root>/<cameraId>/<day>/<start>.mp4}
 */
public record SegmentTarget(String storageId, Path root) {
}
