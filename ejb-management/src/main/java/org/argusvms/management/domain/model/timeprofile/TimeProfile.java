package org.argusvms.management.domain.model.timeprofile;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A named weekly schedule ("office hours", "nights and weekends") that rules and recording use to act only at
 * certain times. The logic lives in {@link WeeklySchedule}.
 */
@Entity
@Table(name = "time_profile")
public class TimeProfile {

    @Id
    private String id;

    @Column(nullable = false, unique = true)
    private String name;

    private String description;

    /** An IANA zone id such as Europe/Berlin. */
    @Column(name = "time_zone", nullable = false)
    private String timeZone;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "time_profile_interval", joinColumns = @JoinColumn(name = "time_profile_id"))
    @OrderColumn(name = "position")
    private List<WeeklyInterval> intervals = new ArrayList<>();

    @Version
    private long version;

    protected TimeProfile() {
    }

    public TimeProfile(String id, String name, String description, ZoneId zone, List<WeeklyInterval> intervals) {
        this.id = id;
        define(name, description, zone, intervals);
    }

    /** Replaces every setting (already validated). */
    public final void define(String name, String description, ZoneId zone, List<WeeklyInterval> intervals) {
        this.name = name;
        this.description = description;
        this.timeZone = zone.getId();
        this.intervals = new ArrayList<>(intervals);
    }

    public WeeklySchedule schedule() {
        return new WeeklySchedule(ZoneId.of(timeZone), intervals);
    }

    public boolean isActiveAt(Instant instant) {
        return schedule().isActiveAt(instant);
    }

    public Optional<TimeProfileTransition> nextTransitionAfter(Instant instant) {
        return schedule().nextTransitionAfter(instant);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public List<WeeklyInterval> intervals() {
        return List.copyOf(intervals);
    }

    public long version() {
        return version;
    }
}
