package org.argusvms.events.domain.model.analytics;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AnalyticsEventReceiptTest {

    @Test
    void aResentEventHasTheKeyOfItsFirstSending() {
        assertEquals(AnalyticsEventReceipt.Key.of("10.0.0.7", "lc-41"), AnalyticsEventReceipt.Key.of("10.0.0.7", "lc-41"));
    }

    @Test
    void idsAreTheSendersOwnSoTwoSendersMayUseTheSameOne() {
        assertNotEquals(AnalyticsEventReceipt.Key.of("10.0.0.7", "lc-41"), AnalyticsEventReceipt.Key.of("10.0.0.8", "lc-41"));
        assertNotEquals(AnalyticsEventReceipt.Key.of("10.0.0.7", "lc-41"), AnalyticsEventReceipt.Key.of("10.0.0.7", "lc-42"));
        assertNotEquals(AnalyticsEventReceipt.Key.of("10.0.0.7", "lc-41"), AnalyticsEventReceipt.Key.of("10.0.0.7", "LC-41"),
                "ids are compared exactly");
    }

    @Test
    void theLongestIdFitsTheKeyColumn() {
        AnalyticsEventReceipt.Key longest = AnalyticsEventReceipt.Key.of("10.0.0.7", "x".repeat(1000));
        AnalyticsEventReceipt.Key almost = AnalyticsEventReceipt.Key.of("10.0.0.7", "x".repeat(999) + "y");

        assertEquals(64, longest.senderEventKey().length(), "VARCHAR(64) in V6");
        assertNotEquals(longest, almost, "ids differing in their last character only");
    }

    @Test
    void aKeyNeedsTheSenderAndTheId() {
        assertThrows(NullPointerException.class, () -> AnalyticsEventReceipt.Key.of(null, "lc-41"));
        assertThrows(NullPointerException.class, () -> AnalyticsEventReceipt.Key.of("10.0.0.7", null));
    }
}
