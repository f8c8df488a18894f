package org.argusvms.management.application;

import java.util.List;

/**
 * A time profile as an administrator defines it. {@code timeZone} is an IANA zone id (Europe/Berlin, UTC); left out
 * or blank, a new profile gets the site's zone (stored as the profile's own) and a changed one keeps its zone.
 * {@code version} is required when changing an existing profile.
 */
public record TimeProfileInput(String name, String description, String timeZone, List<TimeProfileInterval> intervals,
                               Long version) {
}
