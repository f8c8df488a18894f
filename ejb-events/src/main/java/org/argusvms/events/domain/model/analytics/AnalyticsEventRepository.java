package org.argusvms.events.domain.model.analytics;

import java.time.Instant;
import java.util.List;

public interface AnalyticsEventRepository {

    void store(AnalyticsEvent event);

    /** Newest first by the sender's time, received in [from, to); {@code cameraId} null for all cameras. */
    List<AnalyticsEvent> find(String cameraId, Instant from, Instant to, int limit);
}
