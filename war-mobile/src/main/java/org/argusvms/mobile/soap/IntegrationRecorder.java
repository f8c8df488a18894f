package org.argusvms.mobile.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlType;
import org.argusvms.management.application.RecordingServerView;

/** The recording server a camera is assigned to; only its id when the caller may not list recorders. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "Recorder", propOrder = {"id", "name", "online"})
public class IntegrationRecorder {

    public String id;
    public String name;
    /** Absent when the recorder's details are unknown to the caller. */
    public Boolean online;

    static IntegrationRecorder of(RecordingServerView view) {
        IntegrationRecorder recorder = new IntegrationRecorder();
        recorder.id = view.id();
        recorder.name = view.name();
        recorder.online = view.online();
        return recorder;
    }

    static IntegrationRecorder unknown(String id) {
        IntegrationRecorder recorder = new IntegrationRecorder();
        recorder.id = id;
        return recorder;
    }
}
