package org.argusvms.events.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.argusvms.events.application.AlarmService;
import org.argusvms.events.application.AlarmView;
import org.argusvms.events.domain.model.alarm.Alarm;
import org.argusvms.events.domain.model.alarm.AlarmDefinitionRepository;
import org.argusvms.events.domain.model.alarm.AlarmRepository;
import org.argusvms.events.domain.model.alarm.AlarmRepository.AlarmFilter;
import org.argusvms.events.domain.model.alarm.AlarmState;
import org.argusvms.events.domain.model.alarm.IllegalAlarmTransitionException;
import org.argusvms.events.infrastructure.messaging.EventPublisher;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.role.CameraRight;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Alarm handling with ALARM_HANDLING checked per alarm: on its camera, or on all cameras for an alarm without one.
 * Every change is published on ArgusEvents, like the raising, so consoles stay in step.
 */
@Stateless
@PermitAll
public class DefaultAlarmService implements AlarmService {

    @Inject
    private AlarmRepository alarms;

    @Inject
    private AlarmDefinitionRepository definitions;

    @Inject
    private PermissionService permissions;

    @Inject
    private EventPublisher publisher;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    private interface Step {
        void apply(Alarm alarm, String user, Instant at, String comment);
    }

    @Override
    public List<AlarmView> list(String state, Integer priority, String cameraId, Order order, PageRequest page) {
        AlarmFilter filter = new AlarmFilter(parseState(state), priority, blankToNull(cameraId));
        Set<String> handledCameras = permissions.visibleCameraIds().stream()
                .filter(id -> permissions.rightsOn(id).contains(CameraRight.ALARM_HANDLING))
                .collect(Collectors.toSet());
        boolean cameraless = permissions.hasOnAllCameras(CameraRight.ALARM_HANDLING);
        return alarms.find(filter, handledCameras, cameraless, order == Order.PRIORITY, page.offset(), page.limit())
                .stream().map(alarm -> AlarmViews.toView(alarm, null, false)).toList();
    }

    @Override
    public AlarmView get(String id) {
        Alarm alarm = handleable(id);
        return AlarmViews.toView(alarm, instructionsOf(alarm), true);
    }

    @Override
    public AlarmView take(String id, String comment, Long version) {
        return change(id, version, comment, Alarm::take);
    }

    @Override
    public AlarmView hold(String id, String comment, Long version) {
        return change(id, version, comment, Alarm::hold);
    }

    @Override
    public AlarmView close(String id, String comment, Long version) {
        if (comment == null || comment.isBlank()) {
            throw new ValidationException("comment", "closing an alarm needs a comment saying how it was handled");
        }
        return change(id, version, comment, Alarm::close);
    }

    private AlarmView change(String id, Long version, String comment, Step step) {
        if (version == null) {
            throw new ValidationException("version", "version is required: send the version of the alarm you saw");
        }
        if (comment != null && comment.length() > 1000) {
            throw new ValidationException("comment", "comment must be at most 1000 characters");
        }
        Alarm alarm = handleable(id);
        if (alarm.version() != version) {
            throw stale(id);
        }
        try {
            step.apply(alarm, session.getCallerPrincipal().getName(), clock.instant(), comment);
            alarms.flush(); // a concurrent change of the same alarm fails here, not after the method returned
        } catch (IllegalAlarmTransitionException e) {
            throw new ConflictException(e.getMessage());
        } catch (OptimisticLockException e) {
            throw stale(id);
        }
        AlarmView changed = AlarmViews.toView(alarm, instructionsOf(alarm), true);
        publisher.publishAlarm(changed);
        return changed;
    }

    private static ConflictException stale(String id) {
        return new ConflictException("alarm " + id + " was changed by someone else; reload it and try again");
    }

    /** The alarm, if the caller may handle it; otherwise it does not exist for them. */
    private Alarm handleable(String id) {
        Alarm alarm = alarms.find(id).orElseThrow(() -> notFound(id));
        boolean allowed = alarm.cameraId() == null
                ? permissions.hasOnAllCameras(CameraRight.ALARM_HANDLING)
                : permissions.canSee(alarm.cameraId())
                        && permissions.rightsOn(alarm.cameraId()).contains(CameraRight.ALARM_HANDLING);
        if (!allowed) {
            throw notFound(id);
        }
        return alarm;
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("alarm " + id + " does not exist");
    }

    private String instructionsOf(Alarm alarm) {
        return definitions.find(alarm.definitionId()).map(definition -> definition.settings().instructions())
                .orElse(null);
    }

    private static AlarmState parseState(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        try {
            return AlarmState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("state", "state must be one of NEW, IN_PROGRESS, ON_HOLD, CLOSED");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
