package org.argusvms.recorder.testing;

import org.argusvms.recorder.events.EventPublisher;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** An {@link EventPublisher} that remembers what was published, for unit tests. */
public final class RecordedEvents implements EventPublisher {

    public record Published(String eventType, String cameraId, Map<String, String> attributes) {
    }

    private final List<Published> events = new CopyOnWriteArrayList<>();

    @Override
    public void publish(String eventType, String cameraId, Map<String, String> attributes) {
        events.add(new Published(eventType, cameraId, Map.copyOf(attributes)));
    }

    public List<Published> all() {
        return List.copyOf(events);
    }

    public List<String> types() {
        return events.stream().map(Published::eventType).toList();
    }

    public long count(String eventType) {
        return events.stream().filter(event -> event.eventType().equals(eventType)).count();
    }
}
