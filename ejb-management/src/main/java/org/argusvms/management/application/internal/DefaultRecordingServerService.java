package org.argusvms.management.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.management.application.RecordingServerService;
import org.argusvms.management.application.RecordingServerView;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.domain.model.recorder.RecordingServerRepository;
import org.argusvms.recorder.protocol.RecorderRegistration;

import java.time.Instant;
import java.util.List;

@Stateless
public class DefaultRecordingServerService implements RecordingServerService {

    @Inject
    private RecordingServerRepository recordingServers;

    @Inject
    private RecorderSynchronizer synchronizer;

    @Override
    @RolesAllowed({"operator", "administrator"})
    public List<RecordingServerView> listRecordingServers() {
        return recordingServers.findAll().stream().map(DefaultRecordingServerService::toView).toList();
    }

    /** Called by the resource adapter's delivery (no user); permitted because only the adapter can deliver. */
    @Override
    @PermitAll
    public void registered(RecorderRegistration registration, Instant at) {
        RecordingServer server = recordingServers.find(registration.recorderId())
                .orElseGet(() -> new RecordingServer(registration.recorderId(), at));
        server.registered(registration.name(), registration.controlHost(), registration.controlPort(),
                registration.mediaUrl(), registration.version(), at);
        recordingServers.store(server);
        synchronizer.pushAllCamerasAfterCommit(registration.recorderId());
    }

    @Override
    @PermitAll
    public void wentOffline(String recorderId, Instant at) {
        recordingServers.find(recorderId).ifPresent(server -> server.wentOffline(at));
    }

    private static RecordingServerView toView(RecordingServer server) {
        return new RecordingServerView(server.id(), server.name(), server.controlHost(), server.controlPort(),
                server.mediaUrl(), server.softwareVersion(), server.online(), server.lastSeen());
    }
}
