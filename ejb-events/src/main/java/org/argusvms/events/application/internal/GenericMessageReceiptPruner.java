package org.argusvms.events.application.internal;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.argusvms.events.domain.model.analytics.AnalyticsEventReceipt;
import org.argusvms.events.domain.model.analytics.AnalyticsEventReceiptRepository;
import org.argusvms.events.domain.model.generic.GenericMessageReceipt;
import org.argusvms.events.domain.model.generic.GenericMessageReceiptRepository;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * Forgets message receipts older than {@link GenericMessageReceipt#RETENTION_DAYS} days, and analytics event receipts
 * older than {@link AnalyticsEventReceipt#RETENTION_DAYS} days, once an hour.
 */
@Singleton
public class GenericMessageReceiptPruner {

    private static final Logger LOG = Logger.getLogger(GenericMessageReceiptPruner.class.getName());

    @Inject
    private GenericMessageReceiptRepository receipts;

    @Inject
    private AnalyticsEventReceiptRepository analyticsReceipts;

    @Inject
    private Clock clock;

    @Schedule(minute = "23", hour = "*", persistent = false)
    void prune() {
        int removed = receipts.removeOlderThan(clock.instant().minus(Duration.ofDays(GenericMessageReceipt.RETENTION_DAYS)));
        if (removed > 0) {
            LOG.fine(() -> "Forgot " + removed + " generic message receipts");
        }
        int analyticsRemoved = analyticsReceipts.removeOlderThan(
                clock.instant().minus(Duration.ofDays(AnalyticsEventReceipt.RETENTION_DAYS)));
        if (analyticsRemoved > 0) {
            LOG.fine(() -> "Forgot " + analyticsRemoved + " analytics event receipts");
        }
    }
}
