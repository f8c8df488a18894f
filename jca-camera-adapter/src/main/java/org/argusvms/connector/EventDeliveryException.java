package org.argusvms.connector;

/** An endpoint could not take an event; the event must not be acknowledged to the recorder. */
final class EventDeliveryException extends Exception {

    private static final long serialVersionUID = 1L;

    EventDeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
