package org.argusvms.events.application;

import jakarta.ejb.Local;
import org.argusvms.connector.api.GenericMessage;

/** The event server's intake of generic events from the resource adapter. */
@Local
public interface GenericEventIntake {

    /**
     * Matches the message against every enabled definition, and stores and publishes one event per definition it
     * matches; an unmatched message is only counted.
     *
     * @return how many definitions matched
     */
    int receive(GenericMessage message);
}
