package org.argusvms.management.domain.model.role;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.argusvms.management.domain.model.camera.Camera;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A named set of cameras that roles are granted on as a whole; a camera may be in several groups. */
@Entity
@Table(name = "device_group")
public class DeviceGroup {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    private String description;

    @ManyToMany
    @JoinTable(name = "device_group_camera",
            joinColumns = @JoinColumn(name = "device_group_id"),
            inverseJoinColumns = @JoinColumn(name = "camera_id"))
    private Set<Camera> cameras = new LinkedHashSet<>();

    @Version
    private long version;

    protected DeviceGroup() {
    }

    public DeviceGroup(String id, String name) {
        this.id = id;
        this.name = name;
    }

    public void define(String name, String description, Collection<Camera> cameras) {
        this.name = name;
        this.description = description;
        this.cameras = new LinkedHashSet<>(cameras);
    }

    public boolean removeCamera(String cameraId) {
        return cameras.removeIf(camera -> camera.id().equals(cameraId));
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Set<String> cameraIds() {
        return cameras.stream().map(Camera::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public long version() {
        return version;
    }
}
