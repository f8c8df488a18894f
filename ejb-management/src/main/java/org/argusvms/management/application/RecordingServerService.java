package org.argusvms.management.application;

import jakarta.ejb.Local;
import org.argusvms.recorder.protocol.RecorderRegistration;

import java.time.Instant;
import java.util.List;

/** Recording servers: their self-registration, liveness, and the administrator's view of them. */
@Local
public interface RecordingServerService {

    List<RecordingServerView> listRecordingServers();

    /** Stores or updates the recorder's endpoints, marks it online and re-sends it all its cameras. */
    void registered(RecorderRegistration registration, Instant at);

    void wentOffline(String recorderId, Instant at);
}
