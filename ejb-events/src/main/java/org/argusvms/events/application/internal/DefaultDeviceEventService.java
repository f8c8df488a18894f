package org.argusvms.events.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.argusvms.events.application.DeviceEventService;
import org.argusvms.events.application.DeviceEventView;
import org.argusvms.events.domain.model.alarm.TriggeringEvent;
import org.argusvms.events.domain.model.analytics.AnalyticsEventRepository;
import org.argusvms.events.domain.model.event.DeviceEvent;
import org.argusvms.events.domain.model.event.DeviceEventRepository;
import org.argusvms.events.domain.model.generic.GenericEventRepository;
import org.argusvms.events.domain.model.userevent.UserEventRepository;
import org.argusvms.events.infrastructure.messaging.EventPublisher;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.infrastructure.messaging.LogQueueSender;
import org.argusvms.recorder.protocol.RecorderEvent;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.argusvms.json.Jsons;

@Stateless
public class DefaultDeviceEventService implements DeviceEventService {

    static final int MAX_LIMIT = 1000;

    @Inject
    private DeviceEventRepository events;

    @Inject
    private GenericEventRepository genericEvents;

    @Inject
    private AnalyticsEventRepository analyticsEvents;

    @Inject
    private UserEventRepository userEvents;

    @Inject
    private EventPublisher publisher;

    @Inject
    private PermissionService permissions;

    @Inject
    private Clock clock;

    @Inject
    private AlarmRaiser alarms;

    @Inject
    private LogQueueSender log;

    /** Only the resource adapter's delivery calls this; it carries no user. */
    @Override
    @PermitAll
    public boolean record(RecorderEvent event) {
        if (events.exists(event.recorderId(), event.seq())) {
            return false;
        }
        DeviceEvent stored = new DeviceEvent(UUID.randomUUID().toString(), event.recorderId(), event.seq(),
                event.eventType(), event.cameraId(), event.time(), clock.instant(), attributesJson(event.attributes()));
        events.store(stored);
        publisher.publish(toView(stored));
        alarms.raiseFor(new TriggeringEvent(stored.id(), event.eventType(), event.cameraId(),
                attributesJson(event.attributes()), null, event.time()));
        log.send(DeviceEventLogEntries.toLogMessage(event)); // same transaction: a redelivered event logs once
        return true;
    }

    /** Only events of cameras the caller may see (PermissionService), and events that concern no camera. */
    @Override
    @PermitAll
    public List<DeviceEventView> find(String cameraId, Instant from, Instant to, int limit) {
        int capped = Math.max(1, Math.min(limit, MAX_LIMIT));
        Set<String> visibleCameras = permissions.visibleCameraIds();
        List<DeviceEventView> fromRecorders = events.find(cameraId, from, to, capped).stream()
                .filter(event -> event.cameraId() == null || visibleCameras.contains(event.cameraId()))
                .map(DefaultDeviceEventService::toView).toList();
        Stream<DeviceEventView> fromAnalytics = analyticsEvents.find(cameraId, from, to, capped).stream()
                .filter(event -> event.cameraId() == null || visibleCameras.contains(event.cameraId()))
                .map(AnalyticsEventViews::toView);
        // generic events concern no camera (yet)
        Stream<DeviceEventView> fromGeneric = cameraId != null ? Stream.empty()
                : genericEvents.find(from, to, capped).stream().map(GenericEventViews::toView);
        Stream<DeviceEventView> fromUsers = userEvents.find(cameraId, from, to, capped).stream()
                .filter(event -> event.cameraId() == null || visibleCameras.contains(event.cameraId()))
                .map(UserEventViews::toView);
        // each list is newest first and at most `capped` long, so the newest `capped` of their union are among them
        return Stream.of(fromRecorders.stream(), fromAnalytics, fromGeneric, fromUsers).flatMap(events -> events)
                .sorted(Comparator.comparing(DeviceEventView::occurredAt).reversed())
                .limit(capped).toList();
    }

    private static String attributesJson(Map<String, String> attributes) {
        JsonObjectBuilder builder = Jsons.objectBuilder();
        attributes.forEach(builder::add);
        return builder.build().toString();
    }

    private static DeviceEventView toView(DeviceEvent event) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (event.attributes() != null) {
            try (JsonReader reader = Jsons.reader(new StringReader(event.attributes()))) {
                JsonObject object = reader.readObject();
                object.forEach((key, value) -> attributes.put(key,
                        value instanceof JsonString string ? string.getString() : value.toString()));
            }
        }
        return new DeviceEventView(event.id(), event.recorderId(), event.seq(), event.eventType(), event.cameraId(),
                event.occurredAt(), event.receivedAt(), attributes, DeviceEventView.RECORDER);
    }
}
