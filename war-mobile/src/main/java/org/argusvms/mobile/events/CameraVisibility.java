package org.argusvms.mobile.events;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether a subscriber may see events of a camera: only cameras the management server's permissions let them see
 * (resolved on the upgrade request, in the caller's security context — see {@link SubscriberHandshake}).
 */
@ApplicationScoped
public class CameraVisibility {

    public boolean maySee(Subscriber subscriber, String cameraId) {
        return subscriber.visibleCameraIds().contains(cameraId);
    }
}
