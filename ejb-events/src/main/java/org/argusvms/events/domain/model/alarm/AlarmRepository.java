package org.argusvms.events.domain.model.alarm;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface AlarmRepository {

    /**
     * A window of the alarms that pass the filter.
     *
     * @param cameraIds       the cameras whose alarms may be listed; alarms without camera only if
     *                        {@code includeCameraless}
     * @param byPriority      most urgent first (priority 1 before 10, then newest), otherwise newest first
     */
    List<Alarm> find(AlarmFilter filter, Set<String> cameraIds, boolean includeCameraless, boolean byPriority,
                     int offset, int limit);

    Optional<Alarm> find(String id);

    void store(Alarm alarm);

    /** Writes pending changes now, so that a lost optimistic-locking race is reported inside the caller's code. */
    void flush();

    /** Open alarms whose auto-close time is not after {@code now}. */
    List<Alarm> dueForAutoClose(Instant now, int limit);

    /** Optional criteria, null for "any". */
    record AlarmFilter(AlarmState state, Integer priority, String cameraId) {
    }
}
