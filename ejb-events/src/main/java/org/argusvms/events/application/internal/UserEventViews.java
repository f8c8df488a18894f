package org.argusvms.events.application.internal;

import org.argusvms.events.application.DeviceEventView;
import org.argusvms.events.domain.model.userevent.UserEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/** A stored user-defined event in the shape every event has for clients and subscribers. */
final class UserEventViews {

    /** The event type of every user-defined event; which one is the {@code definition} attribute. */
    static final String EVENT_TYPE = "user-defined";

    private UserEventViews() {
    }

    static DeviceEventView toView(UserEvent event) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("definition", event.definitionName());
        attributes.put("definitionId", event.definitionId());
        attributes.put("triggeredBy", event.triggeredBy());
        if (!event.relatedCameraIds().isEmpty()) {
            attributes.put("relatedCameraIds", String.join(",", event.relatedCameraIds()));
        }
        return new DeviceEventView(event.id(), null, 0, EVENT_TYPE, event.cameraId(), event.triggeredAt(),
                event.triggeredAt(), attributes, DeviceEventView.USER);
    }
}
