package org.argusvms.recorder.storage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The recorder's in-memory view of its segments: per camera the finished segments by start time, plus the one being
 * written (updated per fragment, so time-range queries see video up to the last second). Thread-safe.
 */
public final class MediaIndex {

    private final Map<String, NavigableMap<Long, SegmentRecord>> finished = new HashMap<>();
    private final Map<String, SegmentRecord> inProgress = new HashMap<>();

    MediaIndex(Collection<SegmentRecord> records) {
        records.forEach(this::addFinished);
    }

    synchronized void addFinished(SegmentRecord record) {
        finished.computeIfAbsent(record.cameraId(), camera -> new TreeMap<>()).put(record.startMillis(), record);
        SegmentRecord current = inProgress.get(record.cameraId());
        if (current != null && current.path().equals(record.path())) {
            inProgress.remove(record.cameraId());
        }
    }

    synchronized void setInProgress(SegmentRecord record) {
        inProgress.put(record.cameraId(), record);
    }

    synchronized void clearInProgress(String cameraId) {
        inProgress.remove(cameraId);
    }

    synchronized void remove(SegmentRecord record) {
        NavigableMap<Long, SegmentRecord> segments = finished.get(record.cameraId());
        if (segments != null) {
            segments.remove(record.startMillis(), record);
        }
    }

    /** The camera's segments (finished and in progress) overlapping {@code [fromMillis, toMillis)}, oldest first. */
    public synchronized List<SegmentRecord> segments(String cameraId, long fromMillis, long toMillis) {
        List<SegmentRecord> result = new ArrayList<>();
        NavigableMap<Long, SegmentRecord> segments = finished.get(cameraId);
        if (segments != null) {
            Long before = segments.floorKey(fromMillis);
            for (SegmentRecord record : segments.tailMap(before == null ? fromMillis : before, true).values()) {
                if (record.startMillis() >= toMillis) {
                    break;
                }
                if (record.overlaps(fromMillis, toMillis)) {
                    result.add(record);
                }
            }
        }
        SegmentRecord current = inProgress.get(cameraId);
        if (current != null && current.overlaps(fromMillis, toMillis)) {
            result.add(current);
        }
        return result;
    }

    /** The camera's finished segments, oldest first: what retention may delete. */
    synchronized List<SegmentRecord> finishedSegments(String cameraId) {
        NavigableMap<Long, SegmentRecord> segments = finished.get(cameraId);
        return segments == null ? List.of() : List.copyOf(segments.values());
    }

    synchronized int finishedCount() {
        return finished.values().stream().mapToInt(Map::size).sum();
    }

    /** Every segment, finished or being written, of every camera, oldest first: what the storages hold now. */
    synchronized List<SegmentRecord> allSegments() {
        List<SegmentRecord> all = allFinishedSegments();
        all.addAll(inProgress.values());
        all.sort(Comparator.comparingLong(SegmentRecord::startMillis));
        return all;
    }

    /** Every finished segment of every camera, oldest first. */
    synchronized List<SegmentRecord> allFinishedSegments() {
        List<SegmentRecord> all = new ArrayList<>();
        finished.values().forEach(segments -> all.addAll(segments.values()));
        all.sort(Comparator.comparingLong(SegmentRecord::startMillis));
        return all;
    }
}
