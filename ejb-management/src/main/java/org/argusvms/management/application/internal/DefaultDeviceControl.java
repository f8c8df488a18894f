package org.argusvms.management.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.management.application.DeviceControl;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;

@Stateless
@PermitAll
public class DefaultDeviceControl implements DeviceControl {

    @Inject
    private CameraRepository cameras;

    @Inject
    private CameraCommands commands;

    @Override
    public void gotoPreset(String cameraId, String preset) {
        commands.gotoPreset(existing(cameraId), CameraCommandValidator.token("preset", preset));
    }

    @Override
    public void setOutput(String cameraId, String output, boolean active) {
        commands.setOutput(existing(cameraId), CameraCommandValidator.token("output", output), active);
    }

    private Camera existing(String cameraId) {
        return cameras.find(cameraId)
                .orElseThrow(() -> new NotFoundException("camera " + cameraId + " does not exist"));
    }
}
