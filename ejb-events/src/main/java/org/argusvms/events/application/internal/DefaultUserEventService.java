package org.argusvms.events.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.events.application.DeviceEventView;
import org.argusvms.events.application.UserEventService;
import org.argusvms.events.domain.model.alarm.TriggeringEvent;
import org.argusvms.events.domain.model.userevent.UserEvent;
import org.argusvms.events.domain.model.userevent.UserEventDefinition;
import org.argusvms.events.domain.model.userevent.UserEventDefinitionRepository;
import org.argusvms.events.domain.model.userevent.UserEventRepository;
import org.argusvms.events.infrastructure.messaging.EventPublisher;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.ValidationException;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Triggers user-defined events: stored, published on ArgusEvents and run through the alarm definitions in the
 * caller's transaction, like every event. Two concurrent requests with the same key: the second insert violates the
 * unique key and rolls back; the client's retry (or the REST resource's) then finds the first event.
 */
@Stateless
@PermitAll
public class DefaultUserEventService implements UserEventService {

    /** Printable ASCII without spaces: what clients put in headers (UUIDs, ULIDs, "job-17/step-3"). */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1," + MAX_IDEMPOTENCY_KEY_LENGTH + "}");

    @Inject
    private UserEventDefinitionRepository definitions;

    @Inject
    private UserEventRepository events;

    @Inject
    private PermissionService permissions;

    @Inject
    private EventPublisher publisher;

    @Inject
    private AlarmRaiser alarms;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext session;

    @Override
    public Triggered trigger(String definitionId, String idempotencyKey) {
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw new ValidationException("Idempotency-Key", "Idempotency-Key must be 1.." + MAX_IDEMPOTENCY_KEY_LENGTH
                    + " printable ASCII characters without spaces");
        }
        UserEventDefinition definition = definitions.find(definitionId)
                .orElseThrow(() -> new NotFoundException("user-defined event " + definitionId + " does not exist"));
        new UserEventTriggerRight(permissions, session::isCallerInRole).require(definition);
        String user = session.getCallerPrincipal().getName();
        Optional<UserEvent> earlier = idempotencyKey == null ? Optional.empty()
                : events.findByKey(user, idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().definitionId().equals(definitionId)) {
                throw new ConflictException("Idempotency-Key " + idempotencyKey
                        + " was already used to trigger another user-defined event");
            }
            return new Triggered(UserEventViews.toView(earlier.get()), true);
        }
        UserEvent event = new UserEvent(UUID.randomUUID().toString(), definition, user, idempotencyKey,
                clock.instant());
        events.store(event);
        DeviceEventView view = UserEventViews.toView(event);
        publisher.publish(view);
        alarms.raiseFor(new TriggeringEvent(event.id(), UserEventViews.EVENT_TYPE, event.cameraId(),
                definition.name(), definition.name(), event.triggeredAt()));
        return new Triggered(view, false);
    }
}
