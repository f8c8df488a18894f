package org.argusvms.recorder.storage;

import java.io.IOException;

/** What a {@link SegmentWriter} reports to (and asks of) the media index; called on the camera's writer thread. */
public interface SegmentListener {

    SegmentListener NONE = new SegmentListener() {
        @Override
        public void segmentGrew(SegmentRecord segment) {
        }

        @Override
        public void segmentFinished(SegmentRecord segment) {
        }

        @Override
        public void writeFailed(String cameraId, IOException failure) {
        }
    };

    /** A fragment of the segment in progress was written and forced to disk. */
    void segmentGrew(SegmentRecord segment);

    /** The segment is closed; its last fragment is on disk. */
    void segmentFinished(SegmentRecord segment);

    /** Writing failed (disk full, disk gone); the writer starts a new file at the next keyframe. */
    void writeFailed(String cameraId, IOException failure);

    /**
     * Where the camera's next segment goes; asked at the start of every segment, so a camera moved to another
     * storage writes its next segment there. Null: the writer's own storage directory.
     */
    default SegmentTarget placement(String cameraId) {
        return null;
    }
}
