package org.argusvms.management.domain.model.camera;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.infrastructure.persistence.EncryptedStringConverter;

import java.time.Instant;

/** A camera device and how it is recorded. The camera password is encrypted at rest by a converter. */
@Entity
@Table(name = "camera")
public class Camera {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "stream_url", nullable = false)
    private String streamUrl;

    private String username;

    @Column(name = "password_encrypted")
    @Convert(converter = EncryptedStringConverter.class)
    private String password;

    @Column(name = "recording_mode", nullable = false)
    private String recordingMode;

    @Column(nullable = false)
    private boolean enabled;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recording_server_id", nullable = false)
    private RecordingServer recordingServer;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Camera() {
    }

    public Camera(String id, String name, String streamUrl, String username, String password, String recordingMode,
                  boolean enabled, RecordingServer recordingServer, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.streamUrl = streamUrl;
        this.username = username;
        this.password = password;
        this.recordingMode = recordingMode;
        this.enabled = enabled;
        this.recordingServer = recordingServer;
        this.createdAt = createdAt;
    }

    /** Replaces the configuration; with {@code keepPassword} the stored password stays. */
    public void reconfigure(String name, String streamUrl, String username, String password, boolean keepPassword,
                            String recordingMode, boolean enabled, RecordingServer recordingServer) {
        this.name = name;
        this.streamUrl = streamUrl;
        this.username = username;
        if (!keepPassword) {
            this.password = password;
        }
        this.recordingMode = recordingMode;
        this.enabled = enabled;
        this.recordingServer = recordingServer;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String streamUrl() {
        return streamUrl;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public String recordingMode() {
        return recordingMode;
    }

    public boolean enabled() {
        return enabled;
    }

    public RecordingServer recordingServer() {
        return recordingServer;
    }

    public long version() {
        return version;
    }
}
