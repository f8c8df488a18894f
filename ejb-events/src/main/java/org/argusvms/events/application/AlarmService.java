package org.argusvms.events.application;

import jakarta.ejb.Local;
import org.argusvms.management.application.PageRequest;

import java.util.List;

/**
 * Alarm handling. Every method needs ALARM_HANDLING on the alarm's camera, or on all cameras for an alarm without
 * one; an alarm the caller may not handle does not exist for them
 * ({@link org.argusvms.management.application.NotFoundException}). A step the alarm's state does not allow, or one
 * based on an outdated version, throws {@link org.argusvms.management.application.ConflictException}.
 */
@Local
public interface AlarmService {

    enum Order { NEWEST, PRIORITY }

    /**
     * @param state    null for any
     * @param priority null for any
     * @param cameraId null for any
     */
    List<AlarmView> list(String state, Integer priority, String cameraId, Order order, PageRequest page);

    AlarmView get(String id);

    AlarmView take(String id, String comment, Long version);

    AlarmView hold(String id, String comment, Long version);

    AlarmView close(String id, String comment, Long version);
}
