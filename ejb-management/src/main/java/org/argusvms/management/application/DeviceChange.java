package org.argusvms.management.application;

import jakarta.json.bind.annotation.JsonbCreator;

/** A device's new name and/or enabled flag; null fields are kept. */
public record DeviceChange(String name, Boolean enabled) {

    @JsonbCreator
    public DeviceChange {
    }
}
