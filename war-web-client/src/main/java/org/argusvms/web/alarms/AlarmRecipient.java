package org.argusvms.web.alarms;

import org.argusvms.management.application.PermissionService;
import org.argusvms.management.domain.model.role.CameraRight;

import java.util.Set;
import java.util.function.Supplier;

/**
 * Whose alarms page an alarm notice may reach: the same rule as the alarm service and the API's event socket
 * (ALARM_HANDLING on the alarm's camera, or on all cameras), with the rights resolved when the socket opened.
 * The notice only says which alarm changed; the page then reads it through the alarm service as its user.
 */
record AlarmRecipient(String name, Set<String> alarmCameraIds, boolean onAllCameras) {

    private static final System.Logger LOG = System.getLogger(AlarmRecipient.class.getName());

    AlarmRecipient {
        alarmCameraIds = Set.copyOf(alarmCameraIds);
    }

    /**
     * Call it while the caller's request (the socket upgrade) runs: the permission EJB answers for the caller.
     * Fails closed: someone whose rights cannot be resolved hears of no alarm.
     */
    static AlarmRecipient ofCaller(String name, Supplier<PermissionService> permissions) {
        try {
            PermissionService rights = permissions.get();
            return new AlarmRecipient(name, rights.cameraIdsWith(CameraRight.ALARM_HANDLING),
                    rights.hasOnAllCameras(CameraRight.ALARM_HANDLING));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Alarm rights of " + name + " not resolved; no alarm notices", e);
            return withoutRights(name);
        }
    }

    static AlarmRecipient withoutRights(String name) {
        return new AlarmRecipient(name, Set.of(), false);
    }

    /** @param cameraId null for an alarm without camera, which needs the right on all cameras (as in the service) */
    boolean admits(String cameraId) {
        return onAllCameras || (cameraId != null && alarmCameraIds.contains(cameraId));
    }
}
