package org.argusvms.management.application;

import jakarta.ejb.Local;

/**
 * PTZ presets and relay outputs on behalf of a server component that acts for no user (the rule system), like
 * {@link RecordingControl}: no caller rights are checked, the calling component was configured by an administrator.
 * Nothing is stored; the camera's recorder carries the command out or it does not happen. Failures as in
 * {@link CameraControlService}, without the rights checks.
 */
@Local
public interface DeviceControl {

    void gotoPreset(String cameraId, String preset);

    void setOutput(String cameraId, String output, boolean active);
}
