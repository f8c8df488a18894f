package org.argusvms.management.domain.model.hardware;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.infrastructure.persistence.EncryptedStringConverter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A physical unit on a recording server (docs/design/hardware-and-sites.md): one address and one set of
 * credentials for all its devices. Its cameras are {@code Camera} rows that point here; its other devices are
 * {@link HardwareDevice}s. The password is encrypted at rest and has no getter outside the connection it feeds.
 */
@Entity
@Table(name = "hardware")
public class Hardware {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HardwareDriver driver;

    @Column(nullable = false)
    private String address;

    private String username;

    @Column(name = "password_encrypted")
    @Convert(converter = EncryptedStringConverter.class)
    private String password;

    @Column(nullable = false)
    private boolean enabled;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recording_server_id", nullable = false)
    private RecordingServer recordingServer;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "hardware", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("kind, channel")
    private List<HardwareDevice> devices = new ArrayList<>();

    @Version
    private long version;

    protected Hardware() {
    }

    public Hardware(String id, String name, HardwareDriver driver, String address, Credentials credentials,
                    boolean enabled, RecordingServer recordingServer, Instant createdAt) {
        this.id = id;
        this.name = name;
        this.enabled = enabled;
        this.recordingServer = recordingServer;
        this.createdAt = createdAt;
        reconnect(driver, address, credentials);
    }

    /** A new address, driver or credentials; the camera devices get them when they are next pushed. */
    public void reconnect(HardwareDriver newDriver, String newAddress, Credentials newCredentials) {
        this.driver = newDriver;
        this.address = newAddress;
        this.username = newCredentials.username();
        this.password = newCredentials.password();
    }

    public void rename(String newName) {
        this.name = newName;
    }

    /** Disabled hardware's devices are not used: its cameras are not connected, its outputs not switched. */
    public void enable(boolean on) {
        this.enabled = on;
    }

    /** Its recorder from now on; the camera devices move with it (CameraService's move). */
    public void moveTo(RecordingServer server) {
        this.recordingServer = server;
    }

    /**
     * Adds a non-camera device; {@code takenByCameras} are the channels its camera devices use (the caller knows
     * them), so one rule covers every kind.
     *
     * @throws IllegalArgumentException if the slot is taken or names a camera
     */
    public HardwareDevice addDevice(String deviceId, DeviceSlot slot, String deviceName, boolean on,
                                    String outputToken, Collection<DeviceSlot> takenByCameras) {
        if (takenByCameras.contains(slot) || devices.stream().anyMatch(device -> device.slot().equals(slot))) {
            throw new IllegalArgumentException(slot + " is already taken on hardware " + name);
        }
        HardwareDevice device = new HardwareDevice(deviceId, this, slot, deviceName, on, outputToken);
        devices.add(device);
        return device;
    }

    /** Removes a device other than a camera; false if the hardware has none with that id. */
    public boolean removeDevice(String deviceId) {
        return devices.removeIf(device -> device.id().equals(deviceId));
    }

    public Optional<HardwareDevice> device(String deviceId) {
        return devices.stream().filter(device -> device.id().equals(deviceId)).findFirst();
    }

    /** The OUTPUT device switched by relay output {@code token}, if the hardware lists one. */
    public Optional<HardwareDevice> output(String token) {
        return devices.stream().filter(device -> device.kind() == DeviceKind.OUTPUT)
                .filter(device -> token.equals(device.outputToken())).findFirst();
    }

    /** The devices other than cameras, by kind and channel. */
    public List<HardwareDevice> devices() {
        return List.copyOf(devices);
    }

    public Credentials credentials() {
        return new Credentials(username, password);
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public HardwareDriver driver() {
        return driver;
    }

    public String address() {
        return address;
    }

    public boolean hasCredentials() {
        return username != null || password != null;
    }

    public boolean enabled() {
        return enabled;
    }

    public RecordingServer recordingServer() {
        return recordingServer;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "hardware " + id + " (" + name + ")";
    }
}
