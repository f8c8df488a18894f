package org.argusvms.connector.api;

/**
 * Message listener interface for analytics events: XML documents that video-analytics systems send to the adapter's
 * analytics listener over TCP. The adapter has already parsed and validated the document; the sender is told "OK"
 * only after a bean returned normally, so a bean should throw when the event could not be stored.
 */
public interface AnalyticsEventListener {

    void onAnalyticsEvent(AnalyticsEventMessage event);
}
