package org.argusvms.mobile.events;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether a subscriber may see events of a camera: only cameras the management server's permissions let them see
 * (resolved on the upgrade request, in the caller's security context — see {@link SubscriberHandshake}).
 */
@ApplicationScoped
public class CameraVisibility {

    /** The event type of alarm messages (see the event server's EventPublisher). */
    static final String ALARM = "alarm";

    public boolean maySee(Subscriber subscriber, String cameraId) {
        return subscriber.visibleCameraIds().contains(cameraId);
    }

    /**
     * Whether a message on ArgusEvents may go to the subscriber: alarms ({@code eventType} "alarm") only with
     * ALARM_HANDLING on their camera, or on all cameras for alarms without one; other events of cameras they may see,
     * and events without camera to operators and administrators.
     *
     * @param cameraId null for messages that concern no camera
     */
    public boolean mayReceive(Subscriber subscriber, String eventType, String cameraId) {
        if (ALARM.equals(eventType)) {
            return cameraId == null ? subscriber.alarmsWithoutCamera() : subscriber.alarmCameraIds().contains(cameraId);
        }
        return cameraId == null ? subscriber.operatorOrAdministrator() : maySee(subscriber, cameraId);
    }
}
