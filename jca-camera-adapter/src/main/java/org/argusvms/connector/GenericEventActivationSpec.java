package org.argusvms.connector;

/**
 * How a message-driven bean subscribes to generic events. It has no properties: every bean receives every message,
 * and matching against the configured generic-event definitions is the event server's business.
 */
public class GenericEventActivationSpec extends PropertylessActivationSpec {

    private static final long serialVersionUID = 1L;
}
