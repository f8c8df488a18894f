package org.argusvms.web.admin;

import jakarta.json.JsonObject;
import org.argusvms.management.application.StorageInput;

import static org.argusvms.web.admin.JsonFields.flag;
import static org.argusvms.web.admin.JsonFields.integer;
import static org.argusvms.web.admin.JsonFields.text;
import static org.argusvms.web.admin.JsonFields.version;

/** The storage form's JSON as the storage EJB's input (types checked by {@link JsonFields}, values by the EJB). */
final class StorageForm {

    private StorageForm() {
    }

    static StorageInput input(JsonObject body) {
        return new StorageInput(text(body, "name"), text(body, "path"), integer(body, "retentionDays"),
                integer(body, "maxSizeGiB"), flag(body, "defaultStorage"), version(body));
    }
}
