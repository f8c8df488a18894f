package org.argusvms.events.domain.model.userevent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface UserEventRepository {

    /** Stores the event and writes it at once, so that a repeated idempotency key fails here, not at commit. */
    void store(UserEvent event);

    /** The event a user triggered with this idempotency key, if any. */
    Optional<UserEvent> findByKey(String triggeredBy, String idempotencyKey);

    /** Received in [from, to), newest first; {@code cameraId} null for all. */
    List<UserEvent> find(String cameraId, Instant from, Instant to, int limit);
}
