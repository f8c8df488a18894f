package org.argusvms.management.application;

import jakarta.json.bind.annotation.JsonbCreator;

/**
 * An administrator's definition of a storage (docs/design/storages.md): {@code path} is the absolute directory on the
 * recording server; {@code retentionDays} (1..3650) and {@code maxSizeGiB} (at least 1) are optional limits (absent:
 * no limit of that kind); {@code defaultStorage} makes it the recorder's default (the previous default stops being
 * one). A change carries the {@code version} it was based on.
 */
public record StorageInput(String name, String path, Integer retentionDays, Integer maxSizeGiB,
                           Boolean defaultStorage, Long version) {

    @JsonbCreator
    public StorageInput {
    }
}
