package org.argusvms.events.application;

/**
 * What an administrator supplies to create or replace a generic-event definition.
 *
 * @param matchType     CONTAINS, EQUALS or REGEX (any case)
 * @param ignoreCase    compare without regard to case; default false
 * @param sourceAddress only messages from this IP address; null or empty for any sender
 * @param enabled       default true
 */
public record GenericEventDefinitionInput(String name, String matchType, String expression, Boolean ignoreCase,
                                          String sourceAddress, Boolean enabled) {
}
