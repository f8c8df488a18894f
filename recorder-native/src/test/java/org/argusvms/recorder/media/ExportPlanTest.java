package org.argusvms.recorder.media;

import org.argusvms.recorder.storage.MediaDatabase;
import org.argusvms.recorder.storage.RecordedSegments;
import org.argusvms.recorder.storage.StorageLayout;
import org.argusvms.recorder.testing.Ffprobe;
import org.argusvms.recorder.testing.H264Clips;
import org.argusvms.recorder.testing.RecordedEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exports of stored segments (2 s each, keyframe every second), checked with ffprobe. */
class ExportPlanTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path storage;

    @Test
    void anExportAcrossTwoFilesStartsAtTheKeyframeBeforeFromAndHasTheExpectedDuration() throws Exception {
        Path export = export(T0.plusMillis(1500), T0.plusMillis(3500));

        assertEquals(3.0, Ffprobe.formatDuration(export), 0.001, "keyframe at T0+1 s up to the GOP ending at T0+4 s");
        assertEquals(new Ffprobe.VideoReport("h264", 320, 180, 75, 3.0), Ffprobe.probe(export));
        assertEquals("", Ffprobe.decodeErrors(export));
        List<Boolean> keyframes = Ffprobe.packetKeyframes(export);
        assertTrue(keyframes.get(0), "starts at a keyframe");
        List<Double> decodeTimes = Ffprobe.packetDecodeTimes(export);
        for (int i = 1; i < decodeTimes.size(); i++) {
            assertEquals(0.040, decodeTimes.get(i) - decodeTimes.get(i - 1), 0.0015, "continuous at packet " + i);
        }
    }

    @Test
    void aKeyframeOnlyClipShowsEachGopsKeyframeForTheWholeGopOnTheSameTimeline() throws Exception {
        Path clip = storage.resolve("keyframes.mp4");
        try (MediaDatabase database = recordings(); OutputStream out = Files.newOutputStream(clip)) {
            ExportPlan.of(database.layout(), database.index().segments("cam-a", 0, Long.MAX_VALUE),
                    T0.plusMillis(1500), T0.plusMillis(3500)).writeKeyframesTo(out);
        }

        assertEquals(new Ffprobe.VideoReport("h264", 320, 180, 3, 3.0), Ffprobe.probe(clip));
        assertEquals(List.of(true, true, true), Ffprobe.packetKeyframes(clip));
        assertEquals(List.of(0.0, 1.0, 2.0), Ffprobe.packetDecodeTimes(clip));
        assertEquals("", Ffprobe.decodeErrors(clip));
        assertTrue(Files.size(clip) < Files.size(export(T0.plusMillis(1500), T0.plusMillis(3500))) / 3,
                "a fraction of the full clip's bytes");
    }

    @Test
    void theGapBetweenRecordingsIsClosedUpInTheExport() throws Exception {
        Path export = export(T0.minusSeconds(10), T0.plusSeconds(30));

        assertEquals(new Ffprobe.VideoReport("h264", 320, 180, 150, 6.0), Ffprobe.probe(export));
    }

    @Test
    void anExportEndsWhereTheCameraChangedResolution() throws Exception {
        long t0 = T0.toEpochMilli();
        Path export = storage.resolve("export.mp4");
        try (MediaDatabase database = MediaDatabase.open(new StorageLayout(storage), new RecordedEvents(),
                Clock.systemUTC(), 0); OutputStream out = Files.newOutputStream(export)) {
            RecordedSegments.record(storage, "cam-a", database, t0);
            RecordedSegments.record(H264Clips.BASELINE_176X144, storage, "cam-a", database, t0 + 2000);
            ExportPlan plan = ExportPlan.of(database.layout(), database.index().segments("cam-a", 0, Long.MAX_VALUE),
                    T0, T0.plusSeconds(4));
            assertEquals(T0.plusSeconds(2), plan.end(), "the export says where it stopped");
            plan.writeTo(out);
        }

        assertEquals(new Ffprobe.VideoReport("h264", 320, 180, 50, 2.0), Ffprobe.probe(export));
    }

    @Test
    void nothingRecordedInTheRangeMeansNoPlan() throws Exception {
        try (MediaDatabase database = recordings()) {
            assertNull(ExportPlan.of(database.layout(), database.index().segments("cam-a", 0, Long.MAX_VALUE),
                    T0.plusSeconds(5), T0.plusSeconds(9)));
        }
    }

    /** Segments at T0 and T0+2 s (contiguous) and T0+20 s (after a gap). */
    private MediaDatabase recordings() throws Exception {
        MediaDatabase database = MediaDatabase.open(new StorageLayout(storage), new RecordedEvents(),
                Clock.systemUTC(), 0);
        long t0 = T0.toEpochMilli();
        RecordedSegments.record(storage, "cam-a", database, t0, t0 + 2000, t0 + 20_000);
        return database;
    }

    private Path export(Instant from, Instant to) throws Exception {
        Path export = storage.resolve("export.mp4");
        try (MediaDatabase database = recordings(); OutputStream out = Files.newOutputStream(export)) {
            ExportPlan plan = ExportPlan.of(database.layout(), database.index().segments("cam-a",
                    from.toEpochMilli(), to.toEpochMilli()), from, to);
            plan.writeTo(out);
            out.flush();
            assertEquals(plan.contentLength(), Files.size(export));
        }
        return export;
    }
}
