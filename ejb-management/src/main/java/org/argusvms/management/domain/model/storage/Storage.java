package org.argusvms.management.domain.model.storage;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.recorder.protocol.StorageConfiguration;

import java.time.Instant;

/**
 * A directory on a recording server that cameras record into, and how long and how much of what is recorded there
 * is kept (docs/design/storages.md). Exactly one storage of a recorder is its default: cameras that name no storage
 * record there.
 */
@Entity
@Table(name = "recording_storage")
public class Storage {

    private static final long BYTES_PER_GIB = 1L << 30;

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recording_server_id", nullable = false)
    private RecordingServer recordingServer;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String path;

    /** Recordings that ended longer ago are deleted; null: no age limit. */
    @Column(name = "retention_days")
    private Integer retentionDays;

    /** Beyond this many GiB the oldest recordings are deleted; null: no size limit. */
    @Column(name = "max_size_gib")
    private Integer maxSizeGib;

    @Column(name = "default_storage", nullable = false)
    private boolean defaultStorage;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Storage() {
    }

    public Storage(String id, RecordingServer recordingServer, Instant createdAt) {
        this.id = id;
        this.recordingServer = recordingServer;
        this.createdAt = createdAt;
    }

    /** Replaces the definition; validated by the caller. */
    public void define(String name, String path, Integer retentionDays, Integer maxSizeGib) {
        this.name = name;
        this.path = path;
        this.retentionDays = retentionDays;
        this.maxSizeGib = maxSizeGib;
    }

    public void makeDefault(boolean isDefault) {
        this.defaultStorage = isDefault;
    }

    /** What the recorder is told. */
    public StorageConfiguration toConfiguration() {
        return new StorageConfiguration(id, name, path, retentionDays,
                maxSizeGib == null ? null : maxSizeGib * BYTES_PER_GIB, defaultStorage);
    }

    public String id() {
        return id;
    }

    public RecordingServer recordingServer() {
        return recordingServer;
    }

    public String name() {
        return name;
    }

    public String path() {
        return path;
    }

    public Integer retentionDays() {
        return retentionDays;
    }

    public Integer maxSizeGib() {
        return maxSizeGib;
    }

    public boolean defaultStorage() {
        return defaultStorage;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "storage " + id + " (" + name + ", " + path + ")";
    }
}
