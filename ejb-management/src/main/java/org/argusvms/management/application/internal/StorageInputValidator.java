package org.argusvms.management.application.internal;

import org.argusvms.management.application.StorageInput;
import org.argusvms.management.application.ValidationException;
import org.argusvms.recorder.protocol.StorageConfiguration;
import org.argusvms.recorder.protocol.StoragePaths;

/** The field rules of a storage; the path rules are the recorder's own ({@link StoragePaths}). */
final class StorageInputValidator {

    /** A storage of a million GiB is a petabyte: more is a typing error. */
    static final int MAX_SIZE_GIB = 1_000_000;

    record ValidStorage(String name, String path, Integer retentionDays, Integer maxSizeGiB) {
    }

    private StorageInputValidator() {
    }

    static ValidStorage validate(StorageInput input) {
        if (input == null) {
            throw new ValidationException("body", "a storage object is required");
        }
        String name = NamedObjectInput.name(input.name());
        String path = input.path() == null ? null : input.path().trim();
        String pathProblem = StoragePaths.problem(path);
        if (pathProblem != null) {
            throw new ValidationException("path", pathProblem);
        }
        Integer days = input.retentionDays();
        if (days != null && (days < 1 || days > StorageConfiguration.MAX_RETENTION_DAYS)) {
            throw new ValidationException("retentionDays", "retentionDays must be 1.."
                    + StorageConfiguration.MAX_RETENTION_DAYS + " (absent: no age limit)");
        }
        Integer size = input.maxSizeGiB();
        if (size != null && (size < 1 || size > MAX_SIZE_GIB)) {
            throw new ValidationException("maxSizeGiB", "maxSizeGiB must be a whole number of GiB from 1 to "
                    + MAX_SIZE_GIB + " (absent: no size limit)");
        }
        return new ValidStorage(name, path, days, size);
    }
}
