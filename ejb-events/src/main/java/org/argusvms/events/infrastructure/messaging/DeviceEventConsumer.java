package org.argusvms.events.infrastructure.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.argusvms.connector.api.RecorderEventListener;
import org.argusvms.events.application.DeviceEventService;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.jboss.ejb3.annotation.ResourceAdapter;

/**
 * Receives device events from recorders through the resource adapter. Returning normally commits the stored event and
 * lets the adapter acknowledge it to the recorder; an exception rolls back and the recorder sends it again.
 */
@MessageDriven(messageListenerInterface = RecorderEventListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "eventTypes", propertyValue =
                RecorderEvent.CAMERA_CONNECTED + "," + RecorderEvent.CAMERA_DISCONNECTED + ","
                        + RecorderEvent.RECORDING_STARTED + "," + RecorderEvent.RECORDING_STOPPED + ","
                        + RecorderEvent.MOTION_STARTED + "," + RecorderEvent.MOTION_STOPPED + ","
                        + RecorderEvent.STORAGE_FULL + "," + RecorderEvent.EVENTS_DROPPED + ","
                        + RecorderEvent.ONVIF_MOTION_STARTED + "," + RecorderEvent.ONVIF_MOTION_STOPPED + ","
                        + RecorderEvent.ONVIF_EVENT)
})
@ResourceAdapter("argus.ear#jca-camera-adapter.rar")
public class DeviceEventConsumer implements RecorderEventListener {

    @Inject
    private DeviceEventService events;

    @Override
    public void onRecorderEvent(RecorderEvent event) {
        events.record(event);
    }
}
