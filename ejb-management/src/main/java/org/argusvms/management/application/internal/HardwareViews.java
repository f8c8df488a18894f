package org.argusvms.management.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.management.application.DeviceView;
import org.argusvms.management.application.HardwareView;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.hardware.DeviceKind;
import org.argusvms.management.domain.model.hardware.Hardware;
import org.argusvms.management.domain.model.hardware.HardwareDevice;
import org.argusvms.recorder.protocol.RecorderStatus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Hardware as administrators see it: devices by kind and channel, camera state from the recorder, no credentials. */
@ApplicationScoped
public class HardwareViews {

    @Inject
    private CameraRepository cameras;

    @Inject
    private RecorderStatusCache statuses;

    HardwareView of(Hardware unit) {
        return of(unit, statuses.current(unit.recordingServer()));
    }

    /** {@code status}: the hardware's recorder's, as a list of several units of one recorder asks it once. */
    HardwareView of(Hardware unit, RecorderStatus status) {
        List<DeviceView> devices = new ArrayList<>();
        for (Camera camera : cameras.findByHardware(unit.id())) {
            devices.add(new DeviceView(camera.id(), DeviceKind.CAMERA.name(), camera.channel(), camera.name(),
                    camera.enabled(), null, DefaultCameraService.state(status, camera.id())));
        }
        for (HardwareDevice device : unit.devices()) {
            devices.add(new DeviceView(device.id(), device.kind().name(), device.channel(), device.name(),
                    device.enabled(), device.outputToken(), null));
        }
        devices.sort(Comparator.comparing((DeviceView device) -> DeviceKind.valueOf(device.kind()))
                .thenComparingInt(DeviceView::channel));
        return new HardwareView(unit.id(), unit.name(), unit.driver().name(), unit.address(),
                unit.recordingServer().id(), unit.enabled(), unit.hasCredentials(), unit.version(), devices);
    }
}
