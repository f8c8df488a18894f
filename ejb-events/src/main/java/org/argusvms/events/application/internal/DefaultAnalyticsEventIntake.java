package org.argusvms.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.connector.api.AnalyticsEventMessage;
import org.argusvms.events.application.AnalyticsEventIntake;
import org.argusvms.events.application.DeviceEventView;
import org.argusvms.events.domain.model.alarm.TriggeringEvent;
import org.argusvms.events.domain.model.analytics.AnalyticsEvent;
import org.argusvms.events.domain.model.analytics.AnalyticsEventRepository;
import org.argusvms.events.infrastructure.messaging.EventPublisher;

import java.util.UUID;

@Stateless
public class DefaultAnalyticsEventIntake implements AnalyticsEventIntake {

    @Inject
    private AnalyticsEventRepository events;

    @Inject
    private EventPublisher publisher;

    @Inject
    private AlarmRaiser alarms;

    /** Only the resource adapter's delivery calls this; it carries no user. */
    @Override
    @PermitAll
    public DeviceEventView receive(AnalyticsEventMessage message) {
        AnalyticsEvent.Header header = new AnalyticsEvent.Header(message.senderId(), message.type(), message.message(),
                AnalyticsEventViews.cameraIdOf(message), message.sourceName(), message.description(),
                message.location(), message.vendor(), message.occurredAt());
        AnalyticsEvent event = new AnalyticsEvent(UUID.randomUUID().toString(), header,
                AnalyticsEventViews.objectsJson(message.objects()), message.sourceAddress(), message.receivedAt());
        events.store(event);
        DeviceEventView view = AnalyticsEventViews.toView(event);
        publisher.publish(view);
        alarms.raiseFor(new TriggeringEvent(event.id(), AnalyticsEventViews.EVENT_TYPE, event.cameraId(),
                header.message(), header.analyticsType(), event.occurredAt()));
        return view;
    }
}
