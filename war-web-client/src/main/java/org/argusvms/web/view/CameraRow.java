package org.argusvms.web.view;

import org.argusvms.management.application.CameraView;

import java.io.Serializable;

/**
 * One line of the camera list. Faces EL 5 (Jakarta EE 10) cannot read record components, so the page reads
 * these getters instead of {@link CameraView} directly.
 */
public final class CameraRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final CameraView camera;
    private final CameraStateBadge badge;

    public CameraRow(CameraView camera) {
        this.camera = camera;
        this.badge = camera.enabled() ? CameraStateBadge.forState(camera.state()) : CameraStateBadge.DISABLED;
    }

    public String getId() {
        return camera.id();
    }

    public String getName() {
        return camera.name();
    }

    public String getRecorderId() {
        return camera.recorderId();
    }

    public String getStateLabel() {
        return badge.label();
    }

    public String getStateTone() {
        return badge.tone();
    }

    /** The recorder's last complaint about the camera, shown as a tooltip; empty when there is none. */
    public String getLastError() {
        return camera.lastError() == null ? "" : camera.lastError();
    }

    /** A disabled camera has no live stream, so the list does not offer to open one. */
    public boolean isWatchable() {
        return camera.enabled();
    }
}
