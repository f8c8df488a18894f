package org.argusvms.management.application;

import org.argusvms.management.domain.model.role.AdminArea;

import java.util.Locale;
import java.util.Objects;

/**
 * Who may be told about a change: the users who may read the object. It travels with the message (as the JMS
 * properties {@value #KIND_PROPERTY} and {@value #KEY_PROPERTY}) so that every node can filter for its own clients
 * without asking the database.
 *
 * @param key the owner, camera id or administration area the kind needs; null for the others
 */
public record ConfigurationAudience(Kind kind, String key) {

    public static final String KIND_PROPERTY = "audience";
    public static final String KEY_PROPERTY = "audienceKey";

    public enum Kind {
        /** Every signed-in user: shared views. */
        SIGNED_IN,
        /** Holders of the operator or administrator realm role: recording servers. */
        OPERATORS,
        /** Administrators of one area: device groups (CONFIGURATION), roles (SECURITY). */
        ADMIN_AREA,
        /** Users who may see the camera, and configuration administrators: cameras, evidence locks. */
        CAMERA,
        /** Only the owner: personal views. */
        OWNER
    }

    public ConfigurationAudience {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.ADMIN_AREA || kind == Kind.CAMERA || kind == Kind.OWNER) && (key == null || key.isBlank())) {
            throw new IllegalArgumentException("audience " + kind + " needs a key");
        }
    }

    public static ConfigurationAudience signedIn() {
        return new ConfigurationAudience(Kind.SIGNED_IN, null);
    }

    public static ConfigurationAudience operators() {
        return new ConfigurationAudience(Kind.OPERATORS, null);
    }

    public static ConfigurationAudience administratorsOf(AdminArea area) {
        return new ConfigurationAudience(Kind.ADMIN_AREA, area.name());
    }

    public static ConfigurationAudience camera(String cameraId) {
        return new ConfigurationAudience(Kind.CAMERA, cameraId);
    }

    /** A view's readers: everybody while it is (or was, before this change) shared, otherwise its owner. */
    public static ConfigurationAudience view(boolean shared, String owner) {
        return shared ? signedIn() : new ConfigurationAudience(Kind.OWNER, owner);
    }

    /**
     * Reads the message properties back.
     *
     * @throws IllegalArgumentException for an unknown kind or a missing key: such a message is delivered to nobody
     */
    public static ConfigurationAudience parse(String kind, String key) {
        if (kind == null) {
            throw new IllegalArgumentException("a configuration change without audience");
        }
        return new ConfigurationAudience(Kind.valueOf(kind.toUpperCase(Locale.ROOT)), key);
    }

    public boolean admits(ConfigurationRecipient recipient) {
        return switch (kind) {
            case SIGNED_IN -> true;
            case OPERATORS -> recipient.operatorOrAdministrator();
            case ADMIN_AREA -> recipient.adminAreas().stream().anyMatch(area -> area.name().equals(key));
            case CAMERA -> recipient.seesAllCameras() || recipient.visibleCameraIds().contains(key)
                    || recipient.adminAreas().contains(AdminArea.CONFIGURATION);
            case OWNER -> key.equals(recipient.name());
        };
    }
}
