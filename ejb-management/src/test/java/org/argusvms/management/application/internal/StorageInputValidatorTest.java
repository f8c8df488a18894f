package org.argusvms.management.application.internal;

import org.argusvms.management.application.StorageInput;
import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A storage's fields are refused by name, so the client shows each message next to its field. */
class StorageInputValidatorTest {

    private static StorageInput input(String path, Integer days, Integer gib) {
        return new StorageInput("Archive", path, days, gib, null, null);
    }

    private static String refusedField(StorageInput input) {
        return assertThrows(ValidationException.class, () -> StorageInputValidator.validate(input)).field();
    }

    @Test
    void aValidStorageKeepsItsValuesWithTheNameAndPathTrimmed() {
        StorageInputValidator.ValidStorage valid = StorageInputValidator.validate(
                new StorageInput(" Archive ", " /srv/argus/archive ", 30, 500, true, 3L));
        assertEquals(new StorageInputValidator.ValidStorage("Archive", "/srv/argus/archive", 30, 500), valid);
        assertEquals(new StorageInputValidator.ValidStorage("Archive", "/srv/a", null, null),
                StorageInputValidator.validate(input("/srv/a", null, null)), "no limits: kept until the disk fills");
    }

    @Test
    void badPathsAreRefusedAsPath() {
        assertEquals("path", refusedField(input("archive", null, null)));
        assertEquals("path", refusedField(input("/srv/../etc", null, null)));
        assertEquals("path", refusedField(input("/srv/a\u0000b", null, null)));
        assertEquals("path", refusedField(input(null, null, null)));
    }

    @Test
    void limitsOutOfRangeAreRefusedByName() {
        assertEquals("retentionDays", refusedField(input("/srv/a", 0, null)));
        assertEquals("retentionDays", refusedField(input("/srv/a", 3651, null)));
        assertEquals("maxSizeGiB", refusedField(input("/srv/a", null, -1)));
        assertEquals("maxSizeGiB", refusedField(input("/srv/a", null, 0)));
        assertEquals("name", refusedField(new StorageInput(" ", "/srv/a", null, null, null, null)));
    }
}
