package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.recorder.mp4.Fmp4Scanner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a camera's recorded segments back and finds every place where frames are missing. Within a recording the
 * writer gives each frame the duration up to the next frame it wrote, so a lost frame (dropped by ingest, by a full
 * writer queue or anywhere else) lengthens the fragment before the hole: a fragment longer than its frames at the
 * nominal rate by more than half a frame interval is a gap, worth {@code round(excess / interval)} frames. A new
 * recording (stream interrupted and restarted) shows as a pause between the wall-clock start of a segment and the
 * end of the one before it.
 */
final class RecordedContinuity {

    /** A pause between segments longer than this is an interruption (segment starts are wall-clock arrivals). */
    static final long INTERRUPTION_MILLIS = 1000;

    /** One camera's recorded live period. */
    record Camera(String cameraId, int segments, long frames, long firstMillis, long lastMillis, int gaps,
                  long framesMissing, int interruptions, long interruptedMillis, double maxFragmentExcessFrames) {

        double seconds() {
            return (lastMillis - firstMillis) / 1000.0;
        }

        JsonObject toJson() {
            return Json.createObjectBuilder().add("cameraId", cameraId).add("segments", segments).add("frames", frames)
                    .add("recordedSeconds", RecordingCpuBenchmark.round(seconds())).add("gaps", gaps)
                    .add("framesMissing", framesMissing).add("interruptions", interruptions)
                    .add("interruptedMillis", interruptedMillis)
                    .add("maxFragmentExcessFrames", RecordingCpuBenchmark.round(maxFragmentExcessFrames)).build();
        }
    }

    private RecordedContinuity() {
    }

    /** The camera's segment files that start at or after {@code fromMillis}, read in time order. */
    static Camera read(Path cameraDirectory, String cameraId, long fromMillis, int fps) throws IOException {
        List<Path> files = new ArrayList<>(ArchiveBuilder.mp4Files(cameraDirectory).stream()
                .filter(file -> FleetArchive.startOf(file) >= fromMillis).toList());
        files.sort((a, b) -> Long.compare(FleetArchive.startOf(a), FleetArchive.startOf(b)));
        long frames = 0;
        int gaps = 0;
        long missing = 0;
        int interruptions = 0;
        long interruptedMillis = 0;
        double maxExcess = 0;
        long first = -1;
        long previousEnd = -1;
        for (Path file : files) {
            Fmp4Scanner.Layout layout = Fmp4Scanner.scan(file);
            long start = FleetArchive.startOf(file);
            long end = start + layout.durationTicks() * 1000 / layout.timescale();
            if (first < 0) {
                first = start;
            } else if (start - previousEnd > INTERRUPTION_MILLIS) {
                interruptions++;
                interruptedMillis += start - previousEnd;
            }
            previousEnd = end;
            double frameTicks = (double) layout.timescale() / fps;
            for (Fmp4Scanner.Fragment fragment : layout.fragments()) {
                frames += fragment.samples();
                double excess = (fragment.durationTicks() - fragment.samples() * frameTicks) / frameTicks;
                maxExcess = Math.max(maxExcess, excess);
                if (excess > 0.5) {
                    gaps++;
                    missing += Math.round(excess);
                }
            }
        }
        return new Camera(cameraId, files.size(), frames, first, previousEnd, gaps, missing, interruptions,
                interruptedMillis, maxExcess);
    }
}
