package org.argusvms.management.application;

/** A map's name (1 to 100 characters, unique); {@code version} is required when renaming. */
public record MapInput(String name, Long version) {
}
