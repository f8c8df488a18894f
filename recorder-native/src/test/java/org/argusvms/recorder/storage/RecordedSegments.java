package org.argusvms.recorder.storage;

import org.argusvms.recorder.testing.H264Clips;
import org.argusvms.recorder.testing.RecordedEvents;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Writes real segments (2 s each, 50 frames, keyframe every second) through a {@link SegmentWriter}. */
public final class RecordedSegments {

    private RecordedSegments() {
    }

    /** One 2-second recording (320x180 High profile) per start time, each its own file; returns the files in order. */
    public static List<Path> record(Path storage, String cameraId, SegmentListener index, long... startMillis) {
        return record(H264Clips.HIGH_320X180, storage, cameraId, index, startMillis);
    }

    public static List<Path> record(String clip, Path storage, String cameraId, SegmentListener index,
                                    long... startMillis) {
        StorageLayout layout = new StorageLayout(storage);
        List<Path> files = new ArrayList<>();
        for (long start : startMillis) {
            SegmentWriter writer = new SegmentWriter(cameraId, layout,
                    new RecordingSettings(Duration.ofSeconds(60), Duration.ofSeconds(1), 64), new RecordedEvents(),
                    index);
            H264Clips.frames(clip, 0, start).forEach(writer::write);
            writer.finish("done");
            files.add(layout.segmentFile(cameraId, start));
        }
        return files;
    }
}
