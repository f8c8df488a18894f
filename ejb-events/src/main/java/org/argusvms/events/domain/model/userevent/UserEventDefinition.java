package org.argusvms.events.domain.model.userevent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Arrays;
import java.util.List;

/**
 * An event operators (or scripts through the REST API) trigger by hand, such as "Evacuation started" or "Suspicious
 * person at gate 3". Its related cameras decide who may trigger it: a caller needs the OUTPUT right on every one of
 * them; a definition without cameras may be triggered by every operator.
 */
@Entity
@Table(name = "user_event_definition")
public class UserEventDefinition {

    @Id
    private String id;

    @Column(nullable = false, unique = true)
    private String name;

    private String description;

    /** Comma-separated camera ids; read and written whole. */
    @Column(name = "related_camera_ids")
    private String relatedCameraIds;

    @Version
    private long version;

    protected UserEventDefinition() {
    }

    public UserEventDefinition(String id, Settings settings) {
        this.id = id;
        change(settings);
    }

    /** Everything but the identity, already validated; {@code description} may be null. */
    public record Settings(String name, String description, List<String> relatedCameraIds) {
    }

    /** Replaces every setting (PUT semantics). */
    public final void change(Settings settings) {
        this.name = settings.name();
        this.description = settings.description();
        this.relatedCameraIds = settings.relatedCameraIds().isEmpty() ? null
                : String.join(",", settings.relatedCameraIds());
    }

    public Settings settings() {
        return new Settings(name, description, relatedCameraIds());
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public List<String> relatedCameraIds() {
        return relatedCameraIds == null ? List.of() : Arrays.asList(relatedCameraIds.split(","));
    }

    public long version() {
        return version;
    }
}
