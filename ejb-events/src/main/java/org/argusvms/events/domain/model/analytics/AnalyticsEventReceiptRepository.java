package org.argusvms.events.domain.model.analytics;

import java.time.Instant;

public interface AnalyticsEventReceiptRepository {

    boolean exists(AnalyticsEventReceipt.Key key);

    void store(AnalyticsEventReceipt receipt);

    /** @return how many receipts older than {@code cutoff} were deleted */
    int removeOlderThan(Instant cutoff);
}
