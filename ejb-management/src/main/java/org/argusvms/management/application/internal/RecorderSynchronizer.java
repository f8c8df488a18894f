package org.argusvms.management.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.camera.RecorderPlacementRepository;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.domain.model.recorder.RecordingServerRepository;
import org.argusvms.management.infrastructure.connector.RecorderGateway;
import org.argusvms.recorder.protocol.CameraStatus;

import java.util.logging.Logger;

/**
 * Brings a recorder's camera set in line with the configuration database after it (re)registers: the recorder may
 * have missed changes while it or the connection was down. Asynchronous, so the registration transaction commits
 * (and the recorder gets its ack) without waiting for the pushes.
 */
@Stateless
public class RecorderSynchronizer {

    private static final Logger LOG = Logger.getLogger(RecorderSynchronizer.class.getName());

    @Inject
    private CameraRepository cameras;

    @Inject
    private RecorderGateway recorders;

    @Inject
    private RecordingServerRepository recordingServers;

    @Inject
    private StorageDeployment storageDeployment;

    @Inject
    private RecorderPlacementRepository placements;

    @Asynchronous
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void pushAllCamerasAfterCommit(String recorderId) {
        recordingServers.find(recorderId).ifPresent(this::pushStorages);
        for (Camera camera : cameras.findByRecordingServer(recorderId)) {
            try {
                recorders.apply(camera);
            } catch (RecorderCommandException e) {
                LOG.warning(() -> "could not push camera " + camera.id() + " to recorder " + recorderId + ": " + e.getMessage());
            }
        }
        recordingServers.find(recorderId).ifPresent(this::stopCamerasMovedAway);
    }

    /** Storages first: the cameras pushed next name them. */
    private void pushStorages(RecordingServer server) {
        try {
            storageDeployment.push(server);
        } catch (ValidationException e) {
            LOG.warning(() -> "recorder " + server.id() + " refused its storages: " + e.getMessage());
        }
    }

    /**
     * A recorder that was unreachable when one of its cameras moved to another recorder still records it: it is
     * told to stop now (its recordings stay). Only a camera that was placed on this recorder and left it counts: one
     * never placed here is being moved here by a transaction this one cannot see yet (a move right after the
     * recorder registered), and stopping it would leave the camera assigned here but recorded nowhere. Cameras
     * Argus does not know are left alone (tools may add them).
     */
    private void stopCamerasMovedAway(RecordingServer server) {
        try {
            for (CameraStatus status : recorders.status(server).cameras()) {
                boolean movedAway = cameras.find(status.cameraId())
                        .filter(camera -> !camera.recordingServer().id().equals(server.id()))
                        .filter(camera -> leftRecorder(camera, server)).isPresent();
                if (movedAway) {
                    recorders.remove(server, status.cameraId());
                    LOG.info(() -> "recorder " + server.id() + " told to stop camera " + status.cameraId()
                            + ", which moved to another recorder");
                }
            }
        } catch (RecorderCommandException e) {
            LOG.warning(() -> "could not stop moved cameras on recorder " + server.id() + ": " + e.getMessage());
        }
    }

    private boolean leftRecorder(Camera camera, RecordingServer server) {
        return placements.historyOf(camera.id()).placements().stream()
                .anyMatch(placement -> !placement.open() && placement.recordingServerId().equals(server.id()));
    }
}
