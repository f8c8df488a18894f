package org.argusvms.events.application;

import jakarta.ejb.Local;

/** Triggering user-defined events. */
@Local
public interface UserEventService {

    /** Longest idempotency key a client may send. */
    int MAX_IDEMPOTENCY_KEY_LENGTH = 200;

    /**
     * Stores and publishes one event of the definition, raising alarms like every other event, all in one transaction.
     * Who may: with related cameras, a caller with the OUTPUT right on every one of them; without, any operator or
     * administrator.
     *
     * @param idempotencyKey null, or the client's key: the same caller using the same key again gets the first event
     *                       back, and nothing is stored or published a second time
     * @throws org.argusvms.management.application.NotFoundException          unknown definition
     * @throws org.argusvms.management.application.AccessDeniedException      the caller may not trigger it
     * @throws org.argusvms.management.application.ValidationException        a malformed key (field
     *                                                                          {@code Idempotency-Key})
     * @throws org.argusvms.management.application.ConflictException          the key was used for another definition
     */
    Triggered trigger(String definitionId, String idempotencyKey);

    /**
     * @param event    the event, as {@code GET /events} and subscribers see it
     * @param repeated true if the key had been used before and {@code event} is that first event
     */
    record Triggered(DeviceEventView event, boolean repeated) implements java.io.Serializable {
    }
}
