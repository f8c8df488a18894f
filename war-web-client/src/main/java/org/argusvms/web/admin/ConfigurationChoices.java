package org.argusvms.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.domain.model.role.CameraRight;
import org.argusvms.management.domain.model.role.VmsRole;
import org.argusvms.recorder.protocol.IdleRecording;
import org.argusvms.recorder.protocol.MotionSettings;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.RtspTransport;
import org.argusvms.recorder.protocol.TriggeredRecording;

import java.util.Arrays;
import java.util.List;

/**
 * The configuration forms' choices and defaults, from the recorder protocol and the role model themselves, so that a
 * new recording mode, camera right or administration area shows without touching the page.
 */
@Named
@ApplicationScoped
public class ConfigurationChoices {

    public List<String> getRecordingModes() {
        return Arrays.stream(RecordingMode.values()).map(Enum::name).toList();
    }

    /** TCP first: the default, what the form shows for a new camera. */
    public List<String> getRtspTransports() {
        return Arrays.stream(RtspTransport.values()).map(Enum::name).toList();
    }

    public List<String> getIdleRecordings() {
        return Arrays.stream(IdleRecording.values()).map(Enum::name).toList();
    }

    /** Shown in the empty buffer field: what a new camera gets when the administrator leaves it empty. */
    public int getDefaultPreBufferSeconds() {
        return TriggeredRecording.DEFAULTS.preBufferSeconds();
    }

    public int getDefaultPostBufferSeconds() {
        return TriggeredRecording.DEFAULTS.postBufferSeconds();
    }

    /** Shown in the empty motion sensitivity field: what a camera gets when the administrator leaves it empty. */
    public int getDefaultMotionSensitivity() {
        return MotionSettings.DEFAULT_SENSITIVITY;
    }

    /** The columns of the role form's rights grid. */
    public List<String> getCameraRights() {
        return Arrays.stream(CameraRight.values()).map(Enum::name).toList();
    }

    public List<String> getAdminAreas() {
        return Arrays.stream(AdminArea.values()).map(Enum::name).toList();
    }

    public int getMinPtzPriority() {
        return VmsRole.MIN_PTZ_PRIORITY;
    }

    public int getMaxPtzPriority() {
        return VmsRole.MAX_PTZ_PRIORITY;
    }

    /** Shown in the empty PTZ priority field: what a new role gets when the administrator leaves it empty. */
    public int getDefaultPtzPriority() {
        return VmsRole.DEFAULT_PTZ_PRIORITY;
    }
}
