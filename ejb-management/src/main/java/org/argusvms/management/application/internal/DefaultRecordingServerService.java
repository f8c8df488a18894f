package org.argusvms.management.application.internal;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationChange.ObjectType;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.RecordingServerService;
import org.argusvms.management.application.RecordingServerView;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.domain.model.recorder.RecordingServerRepository;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.infrastructure.messaging.ConfigurationChangePublisher;
import org.argusvms.recorder.protocol.RecorderRegistration;

import java.time.Instant;
import java.util.List;

@Stateless
public class DefaultRecordingServerService implements RecordingServerService {

    @Inject
    private RecordingServerRepository recordingServers;

    @Inject
    private PermissionService permissions;

    @Resource
    private SessionContext session;

    @Inject
    private RecorderSynchronizer synchronizer;

    @Inject
    private StorageDeployment storageDeployment;

    @Inject
    private ConfigurationChangePublisher changes;

    /**
     * Operators and administrators, and whoever watches the system monitor (the SYSTEM_MONITOR area of a VMS role,
     * possibly without the operator role): recorder names and health are what the monitor shows.
     */
    @Override
    @PermitAll
    public List<RecordingServerView> listRecordingServers() {
        if (!session.isCallerInRole("operator") && !session.isCallerInRole("administrator")) {
            permissions.requireAdmin(AdminArea.SYSTEM_MONITOR);
        }
        return recordingServers.findAll().stream().map(DefaultRecordingServerService::toView).toList();
    }

    /** Called by the resource adapter's delivery (no user); permitted because only the adapter can deliver. */
    @Override
    @PermitAll
    public void registered(RecorderRegistration registration, Instant at) {
        RecordingServer known = recordingServers.find(registration.recorderId()).orElse(null);
        RecordingServer server = known != null ? known : new RecordingServer(registration.recorderId(), at);
        server.registered(registration.name(), registration.controlHost(), registration.controlPort(),
                registration.mediaUrl(), registration.version(), at);
        recordingServers.store(server);
        storageDeployment.describeFirstStorage(server, registration.storagePath(), at);
        // A registration may change the recorder's endpoints: clients listing recorders reload it. Recorders are not
        // edited through the API (their view has no version), hence version 0.
        if (known == null) {
            changes.created(ObjectType.RECORDING_SERVER, server.id(), 0, ConfigurationAudience.operators());
        } else {
            changes.updated(ObjectType.RECORDING_SERVER, server.id(), 0, ConfigurationAudience.operators());
        }
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
