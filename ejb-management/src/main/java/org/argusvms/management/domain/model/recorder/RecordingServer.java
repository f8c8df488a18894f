package org.argusvms.management.domain.model.recorder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * A recording server process. It registers itself (id, endpoints) when it connects to the management server; the
 * administrator does not type endpoints in.
 */
@Entity
@Table(name = "recording_server")
public class RecordingServer {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Column(name = "control_host", nullable = false)
    private String controlHost;

    @Column(name = "control_port", nullable = false)
    private int controlPort;

    @Column(name = "media_url", nullable = false)
    private String mediaUrl;

    @Column(name = "software_version")
    private String softwareVersion;

    @Column(nullable = false)
    private boolean online;

    @Column(name = "last_seen")
    private Instant lastSeen;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Version
    private long version;

    protected RecordingServer() {
    }

    public RecordingServer(String id, Instant registeredAt) {
        this.id = id;
        this.registeredAt = registeredAt;
    }

    /** Takes the endpoints the recorder announced and marks it online. */
    public void registered(String name, String controlHost, int controlPort, String mediaUrl, String softwareVersion,
                           Instant at) {
        this.name = name;
        this.controlHost = controlHost;
        this.controlPort = controlPort;
        this.mediaUrl = mediaUrl;
        this.softwareVersion = softwareVersion;
        this.online = true;
        this.lastSeen = at;
    }

    public void wentOffline(Instant at) {
        this.online = false;
        this.lastSeen = at;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String controlHost() {
        return controlHost;
    }

    public int controlPort() {
        return controlPort;
    }

    public String mediaUrl() {
        return mediaUrl;
    }

    public String softwareVersion() {
        return softwareVersion;
    }

    public boolean online() {
        return online;
    }

    public Instant lastSeen() {
        return lastSeen;
    }

    public long version() {
        return version;
    }
}
