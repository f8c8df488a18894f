package org.argusvms.mobile.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import org.argusvms.management.application.CameraView;

/** A camera's configuration and live state as integrators see it: never its credentials. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Camera", propOrder = {"id", "name", "streamUrl", "recordingMode", "enabled", "state", "lastError",
        "recorder"})
public class IntegrationCamera {

    public String id;
    public String name;
    public String streamUrl;
    /** ALWAYS or OFF. */
    public String recordingMode;
    public boolean enabled;
    /** CONNECTING, STREAMING, DISCONNECTED, DISABLED, PENDING or UNKNOWN (recorder unreachable). */
    public String state;
    public String lastError;
    public IntegrationRecorder recorder;

    static IntegrationCamera of(CameraView view, IntegrationRecorder recorder) {
        IntegrationCamera camera = new IntegrationCamera();
        camera.id = view.id();
        camera.name = view.name();
        camera.streamUrl = view.streamUrl();
        camera.recordingMode = view.recordingMode();
        camera.enabled = view.enabled();
        camera.state = view.state();
        camera.lastError = view.lastError();
        camera.recorder = recorder;
        return camera;
    }
}
