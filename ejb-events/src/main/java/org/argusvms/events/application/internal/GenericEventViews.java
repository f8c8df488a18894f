package org.argusvms.events.application.internal;

import org.argusvms.events.application.DeviceEventView;
import org.argusvms.events.domain.model.generic.GenericEvent;

import java.util.LinkedHashMap;
import java.util.Map;

/** A stored generic event in the shape every event has for clients and subscribers. */
final class GenericEventViews {

    /** The event type of every generic event; the definition that matched is the {@code definition} attribute. */
    static final String EVENT_TYPE = "generic";

    private GenericEventViews() {
    }

    static DeviceEventView toView(GenericEvent event) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("definition", event.definitionName());
        attributes.put("definitionId", event.definitionId());
        attributes.put("message", event.message());
        attributes.put("sourceAddress", event.sourceAddress());
        attributes.put("transport", event.transport());
        return new DeviceEventView(event.id(), null, 0, EVENT_TYPE, null, event.receivedAt(), event.receivedAt(),
                attributes, DeviceEventView.GENERIC);
    }
}
