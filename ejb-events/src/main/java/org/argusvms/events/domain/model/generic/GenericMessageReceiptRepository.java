package org.argusvms.events.domain.model.generic;

import java.time.Instant;

public interface GenericMessageReceiptRepository {

    boolean exists(String sourceAddress, String messageId);

    void store(GenericMessageReceipt receipt);

    /** @return how many receipts older than {@code cutoff} were deleted */
    int removeOlderThan(Instant cutoff);
}
