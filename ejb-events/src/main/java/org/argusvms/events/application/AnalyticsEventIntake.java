package org.argusvms.events.application;

import jakarta.ejb.Local;
import org.argusvms.connector.api.AnalyticsEventMessage;

import java.util.Optional;

/** The event server's intake of analytics events from the resource adapter. */
@Local
public interface AnalyticsEventIntake {

    /**
     * Stores and publishes the event, and raises the alarms it matches, all in the caller's transaction; empty, and
     * nothing done, when the same sender's event with the same id was stored before (a resend after a lost "OK").
     */
    Optional<DeviceEventView> receive(AnalyticsEventMessage event);
}
