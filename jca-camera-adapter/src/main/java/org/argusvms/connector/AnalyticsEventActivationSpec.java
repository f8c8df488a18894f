package org.argusvms.connector;

/** How a message-driven bean subscribes to analytics events. No properties: every bean receives every event. */
public class AnalyticsEventActivationSpec extends PropertylessActivationSpec {

    private static final long serialVersionUID = 1L;
}
