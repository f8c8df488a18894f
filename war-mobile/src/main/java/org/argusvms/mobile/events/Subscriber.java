package org.argusvms.mobile.events;

import java.util.Set;

/**
 * Who is on the other end of an event WebSocket, as established from the upgrade request: the user, whether they hold
 * an operator or administrator role (needed for events that concern no camera), and the cameras their VMS roles let
 * them see when the socket opened (rights changed later apply when the client reconnects). Alarms need ALARM_HANDLING:
 * {@code alarmCameraIds} are the cameras with it, {@code alarmsWithoutCamera} says whether it is granted on all.
 */
public record Subscriber(String name, boolean operatorOrAdministrator, Set<String> visibleCameraIds,
                         Set<String> alarmCameraIds, boolean alarmsWithoutCamera) {

    public Subscriber {
        visibleCameraIds = Set.copyOf(visibleCameraIds);
        alarmCameraIds = Set.copyOf(alarmCameraIds);
    }
}
