package org.argusvms.events.application;

import jakarta.ejb.Local;
import org.argusvms.connector.api.AnalyticsEventMessage;

/** The event server's intake of analytics events from the resource adapter. */
@Local
public interface AnalyticsEventIntake {

    /** Stores and publishes the event, and raises the alarms it matches, all in the caller's transaction. */
    DeviceEventView receive(AnalyticsEventMessage event);
}
