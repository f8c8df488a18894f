package org.argusvms.recorder.motion;

import org.argusvms.recorder.motion.MotionSearch.MotionInterval;
import org.argusvms.recorder.storage.StorageLayout;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MotionSearchTest {

    private static final Instant DAY = Instant.parse("2026-03-01T00:00:00Z");
    private static final Instant NEXT_DAY = DAY.plusSeconds(86_400);
    private static final GridCells TOP_LEFT_CELL = GridCells.builder().add(1, 1).build();
    private static final GridCells BOTTOM_RIGHT_CELLS = GridCells.builder().add(14, 10).add(15, 11).build();

    @TempDir
    Path storage;
    private MotionGridFiles files;
    private MotionSearch search;

    @BeforeEach
    void recordADay() throws IOException {
        files = new MotionGridFiles(new StorageLayout(storage));
        search = new MotionSearch(files);
        try (MotionGridWriter writer = new MotionGridWriter(files, "cam-a")) {
            motion(writer, "2026-03-01T08:00:00Z", 10, TOP_LEFT_CELL);
            motion(writer, "2026-03-01T12:30:00Z", 60, BOTTOM_RIGHT_CELLS);
            motion(writer, "2026-03-01T23:59:58Z", 4, TOP_LEFT_CELL); // into the next day
        }
    }

    /** Motion every 200 ms (five pictures a second) for {@code seconds}. */
    private static void motion(MotionGridWriter writer, String start, int seconds, GridCells cells)
            throws IOException {
        long first = Instant.parse(start).toEpochMilli();
        for (long millis = first; millis < first + seconds * 1000L; millis += 200) {
            writer.record(millis, cells);
        }
        writer.record(first + seconds * 1000L, GridCells.NONE);
    }

    @Test
    void findsTheMotionOfADayInTheRegionOnly() throws IOException {
        GridCells topLeftQuarter = MotionRegions.parse("0,0;0.5,0.5");

        assertEquals(List.of(interval("2026-03-01T08:00:00Z", "2026-03-01T08:00:10Z"),
                        interval("2026-03-01T23:59:58Z", "2026-03-02T00:00:00Z")),
                search.motionIn("cam-a", topLeftQuarter, DAY, NEXT_DAY).intervals());
        assertEquals(List.of(interval("2026-03-01T12:30:00Z", "2026-03-01T12:31:00Z")),
                search.motionIn("cam-a", MotionRegions.parse("0.5,0.5;1,1"), DAY, NEXT_DAY).intervals());
        assertEquals(List.of(), search.motionIn("cam-a", MotionRegions.parse("0.5,0;1,0.5"), DAY, NEXT_DAY)
                .intervals(), "nothing moved in the top-right quarter");
    }

    @Test
    void intervalsAreClippedToTheRangeAndJoinedAcrossHoursAndDays() throws IOException {
        assertEquals(List.of(interval("2026-03-01T12:30:30.500Z", "2026-03-01T12:31:00Z")),
                search.motionIn("cam-a", GridCells.ALL, Instant.parse("2026-03-01T12:30:30.500Z"),
                        Instant.parse("2026-03-01T13:00:00Z")).intervals());
        assertEquals(List.of(interval("2026-03-01T23:59:58Z", "2026-03-02T00:00:02Z")),
                search.motionIn("cam-a", GridCells.ALL, Instant.parse("2026-03-01T23:00:00Z"),
                        Instant.parse("2026-03-02T01:00:00Z")).intervals());
    }

    @Test
    void anotherCameraOrAQuietTimeHasNoMotion() throws IOException {
        assertEquals(List.of(), search.motionIn("cam-b", GridCells.ALL, DAY, NEXT_DAY).intervals());
        assertEquals(List.of(), search.motionIn("cam-a", GridCells.ALL, Instant.parse("2026-03-01T08:00:10Z"),
                Instant.parse("2026-03-01T12:30:00Z")).intervals());
    }

    @Test
    void aDayOfFlickeringMotionIsCutOffAtTheIntervalLimit() throws IOException {
        Instant day = Instant.parse("2026-04-01T00:00:00Z");
        try (MotionGridWriter writer = new MotionGridWriter(files, "cam-busy")) {
            for (long second = 0; second < 86_400; second += 2) {
                writer.record(day.plusSeconds(second).toEpochMilli(), BOTTOM_RIGHT_CELLS);
            }
        }

        MotionSearch.Result result = search.motionIn("cam-busy", BOTTOM_RIGHT_CELLS, day, day.plusSeconds(86_400));

        assertTrue(result.truncated());
        assertEquals(MotionSearch.MAX_INTERVALS, result.intervals().size());
        assertEquals(interval("2026-04-01T00:00:02Z", "2026-04-01T00:00:03Z"), result.intervals().get(1));
        assertFalse(search.motionIn("cam-busy", BOTTOM_RIGHT_CELLS, day, day.plusSeconds(3600)).truncated());
    }

    @Test
    void refusesAnEmptyRange() {
        assertThrows(IllegalArgumentException.class, () -> search.motionIn("cam-a", GridCells.ALL, NEXT_DAY, DAY));
    }

    private static MotionInterval interval(String start, String end) {
        return new MotionInterval(Instant.parse(start), Instant.parse(end));
    }
}
