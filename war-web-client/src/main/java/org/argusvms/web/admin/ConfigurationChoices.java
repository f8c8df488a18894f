package org.argusvms.web.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.argusvms.recorder.protocol.IdleRecording;
import org.argusvms.recorder.protocol.RecordingMode;
import org.argusvms.recorder.protocol.TriggeredRecording;

import java.util.Arrays;
import java.util.List;

/** The camera form's choices and defaults, from the recorder protocol itself so that a new mode shows without touching the page. */
@Named
@ApplicationScoped
public class ConfigurationChoices {

    public List<String> getRecordingModes() {
        return Arrays.stream(RecordingMode.values()).map(Enum::name).toList();
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
}
