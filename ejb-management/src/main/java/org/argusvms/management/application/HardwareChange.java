package org.argusvms.management.application;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * An administrator's edit of hardware based on its {@code version}. {@code username} and {@code password} null:
 * kept; empty: removed. {@code driver} and {@code address} null: kept.
 */
public record HardwareChange(String name, String driver, String address, String username, String password,
                             Boolean enabled, Long version) {

    @JsonbCreator
    public HardwareChange {
    }

    public HardwareChange withVersion(Long otherVersion) {
        return new HardwareChange(name, driver, address, username, password, enabled, otherVersion);
    }
}
