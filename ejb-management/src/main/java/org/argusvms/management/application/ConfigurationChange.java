package org.argusvms.management.application;


import java.time.Instant;
import java.util.Locale;
import org.argusvms.json.Jsons;

/**
 * One committed configuration change, as published on the {@code ArgusConfigurationChanged} topic and pushed to
 * clients: {@code {type, id, change, version, changedBy, at}}. It says only what a client needs to decide what to
 * reload (it then reads the object through the API, with its own rights); never any content of the object.
 *
 * @param version the object's version after the change (the last one for a deletion); 0 for objects without versions
 */
public record ConfigurationChange(ObjectType type, String id, Kind change, long version, String changedBy, Instant at) {

    /** What happened to the object. */
    public enum Kind {
        CREATED, UPDATED, DELETED
    }

    /** The kinds of configuration objects; on the wire in lower case with dashes ({@code recording-server}). */
    public enum ObjectType {
        CAMERA, RECORDING_SERVER, DEVICE_GROUP, ROLE, VIEW, EVIDENCE_LOCK, ALARM_DEFINITION, GENERIC_EVENT_DEFINITION,
        MAP, STORAGE, HARDWARE;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    public String toJson() {
        return Jsons.objectBuilder().add("type", type.wireName()).add("id", id).add("change", change.name())
                .add("version", version).add("changedBy", changedBy).add("at", at.toString()).build().toString();
    }
}
