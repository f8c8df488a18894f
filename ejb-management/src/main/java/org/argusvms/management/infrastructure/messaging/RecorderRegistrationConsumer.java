package org.argusvms.management.infrastructure.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import org.argusvms.connector.api.RecorderEventListener;
import org.argusvms.management.application.RecordingServerService;
import org.argusvms.recorder.protocol.RecorderEvent;
import org.argusvms.recorder.protocol.RecorderRegistration;
import org.jboss.ejb3.annotation.ResourceAdapter;

import java.util.Map;

/** Receives recorder registrations and disconnections from the recorder resource adapter. */
@MessageDriven(messageListenerInterface = RecorderEventListener.class, activationConfig = {
        @ActivationConfigProperty(propertyName = "eventTypes",
                propertyValue = RecorderEvent.RECORDER_REGISTERED + "," + RecorderEvent.RECORDER_OFFLINE)
})
@ResourceAdapter("argus.ear#jca-camera-adapter.rar")
public class RecorderRegistrationConsumer implements RecorderEventListener {

    @Inject
    private RecordingServerService recordingServers;

    @Override
    public void onRecorderEvent(RecorderEvent event) {
        if (RecorderEvent.RECORDER_OFFLINE.equals(event.eventType())) {
            recordingServers.wentOffline(event.recorderId(), event.time());
            return;
        }
        Map<String, String> a = event.attributes();
        recordingServers.registered(new RecorderRegistration(event.recorderId(), a.getOrDefault("name", event.recorderId()),
                a.get("controlHost"), Integer.parseInt(a.get("controlPort")), a.get("mediaUrl"),
                a.getOrDefault("version", "unknown"), a.get("storagePath")), event.time());
    }
}
