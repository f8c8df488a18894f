package org.argusvms.events.application;

import jakarta.ejb.Local;
import org.argusvms.connector.api.GenericMessage;

import java.util.List;

/** The event server's intake of generic events from the resource adapter. */
@Local
public interface GenericEventIntake {

    /**
     * Matches each message, in order, against every enabled definition, and stores and publishes one event per
     * definition it matches; an unmatched message is only counted. One transaction for the whole batch.
     *
     * @return how many events were stored
     */
    int receiveAll(List<GenericMessage> messages);
}
