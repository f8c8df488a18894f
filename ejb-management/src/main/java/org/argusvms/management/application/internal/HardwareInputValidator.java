package org.argusvms.management.application.internal;

import org.argusvms.management.application.NewDevice;
import org.argusvms.management.application.NewHardware;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.hardware.DeviceKind;
import org.argusvms.management.domain.model.hardware.DeviceSlot;
import org.argusvms.management.domain.model.hardware.HardwareDriver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** Checks hardware input field by field (devices as {@code devices[i].field}) before anything is stored. */
final class HardwareInputValidator {

    static final int MAX_CHANNEL = 999;

    private HardwareInputValidator() {
    }

    /** The whole new hardware; returns its driver. */
    static HardwareDriver validate(NewHardware input) {
        if (input == null) {
            throw new ValidationException("body", "a hardware object is required");
        }
        CameraInputValidator.validateName("name", input.name());
        HardwareDriver driver = driver(input.driver());
        address(driver, input.address());
        CameraInputValidator.validateCredentials(input.username(), input.password());
        List<NewDevice> devices = input.devices() == null ? List.of() : input.devices();
        List<DeviceSlot> slots = new ArrayList<>();
        for (int i = 0; i < devices.size(); i++) {
            slots.add(device("devices[" + i + "].", devices.get(i)));
        }
        OptionalInt duplicate = DeviceSlot.firstDuplicate(slots);
        if (duplicate.isPresent()) {
            throw new ValidationException("devices[" + duplicate.getAsInt() + "].channel",
                    slots.get(duplicate.getAsInt()) + " is given twice: channels are unique per kind");
        }
        return driver;
    }

    static HardwareDriver driver(String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationException("driver", "driver is required: one of " + Arrays.toString(HardwareDriver.values()));
        }
        try {
            return HardwareDriver.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException("driver", "unknown driver; driver must be one of "
                    + Arrays.toString(HardwareDriver.values()));
        }
    }

    /** RTSP hardware's address is its rtsp:// stream URL, ONVIF hardware's its http(s):// device service. */
    static void address(HardwareDriver driver, String address) {
        if (address == null || address.isBlank()) {
            throw new ValidationException("address", driver == HardwareDriver.RTSP
                    ? "address is required: the rtsp:// stream URL" : "address is required: the ONVIF device service");
        }
        if (driver == HardwareDriver.RTSP) {
            CameraInputValidator.validateStreamUrl("address", address.strip());
        } else {
            CameraInputValidator.validateOnvifAddress("address", address.strip());
        }
    }

    private static DeviceSlot device(String prefix, NewDevice device) {
        if (device == null) {
            throw new ValidationException(prefix + "kind", "a device object is required");
        }
        DeviceKind kind = kind(prefix + "kind", device.kind());
        Integer channel = device.channel();
        if (channel == null || channel < 0 || channel > MAX_CHANNEL) {
            throw new ValidationException(prefix + "channel", "channel must be 0.." + MAX_CHANNEL);
        }
        CameraInputValidator.validateName(prefix + "name", device.name());
        if (device.outputToken() != null) {
            if (kind != DeviceKind.OUTPUT) {
                throw new ValidationException(prefix + "outputToken", "only OUTPUT devices have an outputToken");
            }
            CameraCommandValidator.token(prefix + "outputToken", device.outputToken());
        }
        if (kind != DeviceKind.CAMERA && (device.streamUrl() != null || device.recordingMode() != null)) {
            throw new ValidationException(prefix + "kind", "only CAMERA devices have a streamUrl and recordingMode");
        }
        if (device.streamUrl() != null && !device.streamUrl().isBlank()) {
            CameraInputValidator.validateStreamUrl(prefix + "streamUrl", device.streamUrl().strip());
        }
        return new DeviceSlot(kind, channel);
    }

    static DeviceKind kind(String field, String value) {
        try {
            return DeviceKind.valueOf(value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "kind must be one of " + Arrays.toString(DeviceKind.values()));
        }
    }
}
