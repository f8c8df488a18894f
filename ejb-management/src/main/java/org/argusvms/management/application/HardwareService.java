package org.argusvms.management.application;

import jakarta.ejb.Local;

import java.util.List;

/**
 * Hardware and its devices (docs/design/hardware-and-sites.md), for administrators with CONFIGURATION: reads too,
 * since hardware addresses are configuration. Credentials are write-only: no view carries them.
 */
@Local
public interface HardwareService {

    /** All hardware by recorder and name, each with its devices. */
    List<HardwareView> listHardware();

    /** @throws NotFoundException if there is no such hardware */
    HardwareView findHardware(String hardwareId);

    /**
     * Validates and stores the hardware with its devices; each CAMERA device becomes a camera on the hardware's
     * recorder, pushed to it.
     *
     * @throws ValidationException naming the bad field (e.g. {@code devices[1].channel}); nothing is stored then
     * @throws NotFoundException if the named recorder does not exist
     */
    HardwareView addHardware(NewHardware hardware);

    /**
     * Changes name, driver, address, credentials (null: kept) and enabled, based on {@code change.version()}; the
     * camera devices are pushed again with the new connection (a disabled unit's cameras are stopped).
     *
     * @throws ConflictException if the version is stale; nothing is changed then
     */
    HardwareView updateHardware(String hardwareId, HardwareChange change);

    /** Renames or enables/disables one device; for a camera device that is the camera's own enabled flag. */
    HardwareView changeDevice(String hardwareId, String deviceId, DeviceChange change);

    /** Moves the hardware and all its cameras to {@code move.recordingServerId()}, like moving one of its cameras. */
    HardwareView moveHardware(String hardwareId, CameraMove move);

    /** Deletes the hardware with its devices; its cameras are deleted as by {@link CameraService#removeCamera}. */
    void removeHardware(String hardwareId);
}
