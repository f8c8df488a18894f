package org.argusvms.events.domain.model.generic;

import java.time.Instant;
import java.util.List;

public interface GenericEventRepository {

    void store(GenericEvent event);

    /** Newest first, at most {@code limit}, received in [from, to). */
    List<GenericEvent> find(Instant from, Instant to, int limit);
}
