package org.argusvms.management.domain.model.hardware;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A device of a piece of hardware other than a camera (cameras are {@code Camera} rows linked to their hardware).
 * An OUTPUT device of ONVIF hardware names the relay output token the recorder switches ({@link #outputToken}).
 */
@Entity
@Table(name = "hardware_device")
public class HardwareDevice {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "hardware_id", nullable = false)
    private Hardware hardware;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeviceKind kind;

    @Column(nullable = false)
    private int channel;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "output_token")
    private String outputToken;

    protected HardwareDevice() {
    }

    HardwareDevice(String id, Hardware hardware, DeviceSlot slot, String name, boolean enabled, String outputToken) {
        if (slot.kind() == DeviceKind.CAMERA) {
            throw new IllegalArgumentException("camera devices are cameras, not hardware_device rows");
        }
        this.id = id;
        this.hardware = hardware;
        this.kind = slot.kind();
        this.channel = slot.channel();
        this.name = name;
        this.enabled = enabled;
        this.outputToken = outputToken;
    }

    public void rename(String newName) {
        this.name = newName;
    }

    public void enable(boolean on) {
        this.enabled = on;
    }

    public String id() {
        return id;
    }

    public Hardware hardware() {
        return hardware;
    }

    public DeviceSlot slot() {
        return new DeviceSlot(kind, channel);
    }

    public DeviceKind kind() {
        return kind;
    }

    public int channel() {
        return channel;
    }

    public String name() {
        return name;
    }

    public boolean enabled() {
        return enabled;
    }

    /** The ONVIF relay output token (e.g. relay1) of an OUTPUT device, or null. */
    public String outputToken() {
        return outputToken;
    }
}
