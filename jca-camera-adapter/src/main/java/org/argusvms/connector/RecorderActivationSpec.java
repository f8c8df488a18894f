package org.argusvms.connector;

import jakarta.resource.spi.ActivationSpec;
import jakarta.resource.spi.InvalidPropertyException;
import jakarta.resource.spi.ResourceAdapter;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How a message-driven bean subscribes to recorder events. Its only property, {@code eventTypes}, is a
 * comma-separated list of event types the bean wants (for example
 * {@code "recorder.registered,recorder.offline"}); empty means every event.
 */
public class RecorderActivationSpec implements ActivationSpec, Serializable {

    private static final long serialVersionUID = 1L;

    private String eventTypes = "";
    /** Parsed once here rather than per delivered event; empty = all. */
    private Set<String> acceptedEventTypes = Set.of();
    private transient ResourceAdapter resourceAdapter;

    public String getEventTypes() {
        return eventTypes;
    }

    public void setEventTypes(String eventTypes) {
        this.eventTypes = eventTypes == null ? "" : eventTypes;
        this.acceptedEventTypes = this.eventTypes.isBlank() ? Set.of()
                : Arrays.stream(this.eventTypes.split(",")).map(String::trim).filter(type -> !type.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void validate() throws InvalidPropertyException {
        if (eventTypes.isBlank()) {
            return;
        }
        for (String entry : eventTypes.split(",", -1)) {
            if (entry.isBlank()) {
                throw new InvalidPropertyException("eventTypes \"" + eventTypes
                        + "\" has an empty entry; list event types separated by single commas, or leave it empty for all");
            }
        }
    }

    /** Whether an endpoint activated with this spec wants events of {@code eventType}. */
    boolean accepts(String eventType) {
        return acceptedEventTypes.isEmpty() || acceptedEventTypes.contains(eventType);
    }

    @Override
    public ResourceAdapter getResourceAdapter() {
        return resourceAdapter;
    }

    @Override
    public void setResourceAdapter(ResourceAdapter resourceAdapter) {
        this.resourceAdapter = resourceAdapter;
    }

    @Override
    public String toString() {
        return "RecorderActivationSpec[eventTypes=" + (eventTypes.isBlank() ? "all" : eventTypes) + "]";
    }
}
