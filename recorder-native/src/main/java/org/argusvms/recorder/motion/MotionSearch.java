package org.argusvms.recorder.motion;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Smart search: the intervals in which a camera had motion in a region, answered from the hourly motion grid files
 * alone (one sequential read per hour, about 100 KB at most, and three AND operations per stored second), so a day
 * of one camera takes milliseconds. Thread-safe; reads never block the writers (they only append, and a record still
 * being written fails its checksum and is not seen).
 */
public final class MotionSearch {

    /** More intervals than this are cut off (and the result says so): a day of flickering motion stays answerable. */
    public static final int MAX_INTERVALS = 10_000;

    private final MotionGridFiles files;

    public MotionSearch(MotionGridFiles files) {
        this.files = files;
    }

    /** Motion seconds merged into intervals, clipped to the range, in time order. */
    public record Result(List<MotionInterval> intervals, boolean truncated) {
    }

    /** A span with motion in the region: from the start of its first second to the end of its last. */
    public record MotionInterval(Instant start, Instant end) {
    }

    /**
     * @param region the cells to look at; {@link GridCells#ALL} for anywhere in the picture
     * @throws IllegalArgumentException if the camera id cannot name a directory or the range is empty
     * @throws IOException              if a grid file exists but cannot be read
     */
    public Result motionIn(String cameraId, GridCells region, Instant from, Instant to) throws IOException {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("\"to\" must be after \"from\"");
        }
        long firstSecond = Math.floorDiv(from.toEpochMilli(), 1000);
        long lastSecond = Math.floorDiv(to.toEpochMilli() - 1, 1000);
        IntervalCollector intervals = new IntervalCollector(from.toEpochMilli(), to.toEpochMilli());
        for (long hour = MotionGridFiles.hourOf(firstSecond); hour <= lastSecond && !intervals.full();
             hour += MotionGridFiles.SECONDS_PER_HOUR) {
            BitSet seconds = secondsWithMotion(cameraId, hour, region);
            for (int second = seconds.nextSetBit(0); second >= 0 && !intervals.full();
                 second = seconds.nextSetBit(second + 1)) {
                long epochSecond = hour + second;
                if (epochSecond >= firstSecond && epochSecond <= lastSecond) {
                    intervals.add(epochSecond);
                }
            }
        }
        return intervals.result();
    }

    /** The seconds of the hour whose grid shares a cell with the region. */
    private BitSet secondsWithMotion(String cameraId, long hour, GridCells region) throws IOException {
        MotionGridFile.Contents contents = MotionGridFile.read(files.hourFile(cameraId, hour), hour);
        BitSet seconds = new BitSet((int) MotionGridFiles.SECONDS_PER_HOUR);
        for (int record = 0; record < contents.records(); record++) {
            int second = contents.secondOfHour(record);
            if (second < MotionGridFiles.SECONDS_PER_HOUR
                    && region.intersectsStored(contents.bytes(), contents.cellsOffset(record))) {
                seconds.set(second);
            }
        }
        return seconds;
    }

    /** Merges ascending seconds into intervals, clipped to the range. */
    private static final class IntervalCollector {
        private final long fromMillis;
        private final long toMillis;
        private final List<MotionInterval> intervals = new ArrayList<>();
        private long openStart = Long.MIN_VALUE;
        private long openEnd = Long.MIN_VALUE; // exclusive, epoch seconds
        private boolean truncated;

        IntervalCollector(long fromMillis, long toMillis) {
            this.fromMillis = fromMillis;
            this.toMillis = toMillis;
        }

        void add(long epochSecond) {
            if (epochSecond == openEnd) {
                openEnd++;
                return;
            }
            close();
            if (intervals.size() == MAX_INTERVALS) {
                truncated = true;
                return;
            }
            openStart = epochSecond;
            openEnd = epochSecond + 1;
        }

        boolean full() {
            return truncated;
        }

        private void close() {
            if (openEnd != Long.MIN_VALUE) {
                intervals.add(new MotionInterval(Instant.ofEpochMilli(Math.max(fromMillis, openStart * 1000)),
                        Instant.ofEpochMilli(Math.min(toMillis, openEnd * 1000))));
                openEnd = Long.MIN_VALUE;
            }
        }

        Result result() {
            close();
            return new Result(List.copyOf(intervals), truncated);
        }
    }
}
