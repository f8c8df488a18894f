package org.argusvms.management.application;

import java.util.List;

/**
 * Implemented by modules whose configuration refers to time profiles (the rule system), so that a profile in use
 * cannot be deleted from under them. Every CDI bean implementing it is asked.
 */
public interface TimeProfileReferences {

    /** Human-readable names of what refers to the profile ("rule Night watch"); empty if nothing does. */
    List<String> referencesTo(String profileId);
}
