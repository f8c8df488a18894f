package org.argusvms.management.domain.model.camera;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which recording servers held a camera's recordings when: its placements, oldest first. Answers "which recorder
 * has the recording of this instant" and "which recorders hold parts of this range".
 */
public final class PlacementHistory {

    private final List<RecorderPlacement> placements;

    public PlacementHistory(List<RecorderPlacement> placements) {
        this.placements = placements.stream().sorted(Comparator.comparing(RecorderPlacement::from)).toList();
    }

    public List<RecorderPlacement> placements() {
        return placements;
    }

    public Optional<RecorderPlacement> current() {
        return placements.stream().filter(RecorderPlacement::open).reduce((first, second) -> second);
    }

    /**
     * The placement holding the instant. An instant before the first placement belongs to the first one (clocks of
     * recorders and management server differ slightly); one in no placement (history edited by hand) to none.
     */
    public Optional<RecorderPlacement> at(Instant instant) {
        if (!placements.isEmpty() && instant.isBefore(placements.get(0).from())) {
            return Optional.of(placements.get(0));
        }
        return placements.stream().filter(placement -> placement.covers(instant)).findFirst();
    }

    /** The placements sharing time with {@code [from, to)}, oldest first; the first also for a range before it. */
    public List<RecorderPlacement> overlapping(Instant from, Instant to) {
        List<RecorderPlacement> overlapping = placements.stream()
                .filter(placement -> placement.overlaps(from, to)).toList();
        if (overlapping.isEmpty() && !placements.isEmpty() && !to.isAfter(placements.get(0).from())) {
            return List.of(placements.get(0));
        }
        return overlapping;
    }
}
