package org.argusvms.management.application;

import jakarta.json.bind.annotation.JsonbCreator;

/** An administrator's edit of the site based on its {@code version}; every field is replaced (null: cleared). */
public record SiteChange(String name, String description, String timeZone, String contact, Long version) {

    @JsonbCreator
    public SiteChange {
    }

    public SiteChange withVersion(Long otherVersion) {
        return new SiteChange(name, description, timeZone, contact, otherVersion);
    }
}
