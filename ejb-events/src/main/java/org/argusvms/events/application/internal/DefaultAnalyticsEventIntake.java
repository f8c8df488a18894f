package org.argusvms.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.connector.api.AnalyticsEventMessage;
import org.argusvms.events.application.AnalyticsEventIntake;
import org.argusvms.events.application.DeviceEventView;
import org.argusvms.events.domain.model.alarm.TriggeringEvent;
import org.argusvms.events.domain.model.analytics.AnalyticsEvent;
import org.argusvms.events.domain.model.analytics.AnalyticsEventReceipt;
import org.argusvms.events.domain.model.analytics.AnalyticsEventReceiptRepository;
import org.argusvms.events.domain.model.analytics.AnalyticsEventRepository;
import org.argusvms.events.infrastructure.messaging.EventPublisher;

import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

@Stateless
public class DefaultAnalyticsEventIntake implements AnalyticsEventIntake {

    private static final Logger LOG = Logger.getLogger(DefaultAnalyticsEventIntake.class.getName());

    @Inject
    private AnalyticsEventRepository events;

    @Inject
    private EventPublisher publisher;

    @Inject
    private AlarmRaiser alarms;

    @Inject
    private AnalyticsEventReceiptRepository receipts;

    /** Only the resource adapter's delivery calls this; it carries no user. */
    @Override
    @PermitAll
    public Optional<DeviceEventView> receive(AnalyticsEventMessage message) {
        AnalyticsEventReceipt.Key key = AnalyticsEventReceipt.Key.of(message.sourceAddress(), message.senderId());
        if (receipts.exists(key)) {
            // a resend after a lost "OK": stored already, and answering "OK" again is right
            LOG.fine(() -> "Analytics event " + message.senderId() + " from " + message.sourceAddress()
                    + " was stored before; not stored again");
            return Optional.empty();
        }
        AnalyticsEvent.Header header = new AnalyticsEvent.Header(message.senderId(), message.type(), message.message(),
                AnalyticsEventViews.cameraIdOf(message), message.sourceName(), message.description(),
                message.location(), message.vendor(), message.occurredAt());
        AnalyticsEvent event = new AnalyticsEvent(UUID.randomUUID().toString(), header,
                AnalyticsEventViews.objectsJson(message.objects()), message.sourceAddress(), message.receivedAt());
        events.store(event);
        // in the event's transaction: a concurrent resend fails on the receipt's key and rolls back, so one is stored
        receipts.store(new AnalyticsEventReceipt(key, message.receivedAt()));
        DeviceEventView view = AnalyticsEventViews.toView(event);
        publisher.publish(view);
        alarms.raiseFor(new TriggeringEvent(event.id(), AnalyticsEventViews.EVENT_TYPE, event.cameraId(),
                header.message(), header.analyticsType(), event.occurredAt()));
        return Optional.of(view);
    }
}
