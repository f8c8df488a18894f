package org.argusvms.events.application;

import java.io.Serializable;

/** A generic-event definition as clients see it. */
public record GenericEventDefinitionView(String id, String name, String matchType, String expression,
                                         boolean ignoreCase, String sourceAddress, boolean enabled,
                                         long version) implements Serializable {
}
