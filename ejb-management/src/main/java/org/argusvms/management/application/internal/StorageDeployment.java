package org.argusvms.management.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.connector.api.RecorderCommandException;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.domain.model.storage.Storage;
import org.argusvms.management.domain.model.storage.StorageRepository;
import org.argusvms.management.infrastructure.connector.RecorderGateway;
import org.argusvms.recorder.protocol.ErrorCode;
import org.argusvms.recorder.protocol.StorageUsage;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Gives recorders their storage sets, inside the caller's transaction, and asks them how full the storages are. */
@ApplicationScoped
public class StorageDeployment {

    private static final Logger LOG = Logger.getLogger(StorageDeployment.class.getName());

    @Inject
    private StorageRepository storages;

    @Inject
    private RecorderGateway recorders;

    /**
     * Sends the recorder its whole storage set as now stored. A recorder that refuses it (a directory it cannot
     * create or write) rolls the caller's transaction back with the recorder's reason; one that cannot be reached
     * gets the set when it next registers. A recorder that never had a storage (registered before storages
     * existed, from an older version) is not told anything.
     */
    void push(RecordingServer server) {
        List<Storage> set = storages.findByRecordingServer(server.id());
        if (set.isEmpty()) {
            return;
        }
        try {
            recorders.applyStorages(server, set.stream().map(Storage::toConfiguration).toList());
        } catch (RecorderCommandException e) {
            if (e.code() == ErrorCode.INVALID_ARGUMENT) {
                throw new ValidationException("path", "the recording server refused the storage: " + e.getMessage());
            }
            LOG.warning(() -> "storages of recorder " + server.id() + " stored but not yet pushed: " + e.getMessage());
        }
    }

    /** Usage per storage id as the recorder reports it; empty when it is offline or cannot be asked. */
    Map<String, StorageUsage> usage(RecordingServer server) {
        if (!server.online()) {
            return Map.of();
        }
        try {
            return recorders.storageUsage(server).stream()
                    .collect(Collectors.toMap(StorageUsage::storageId, Function.identity(), (a, b) -> a));
        } catch (RecorderCommandException | RuntimeException e) {
            LOG.fine(() -> "no storage usage from recorder " + server.id() + ": " + e.getMessage());
            return Map.of();
        }
    }

    /**
     * A recorder that registers without storages gets one describing what it does already: its directory, no
     * limits, the default. Nothing changes for it; the administrator can add limits and storages from there.
     */
    void describeFirstStorage(RecordingServer server, String path, Instant at) {
        if (path == null || !storages.findByRecordingServer(server.id()).isEmpty()) {
            return;
        }
        Storage storage = new Storage(UUID.randomUUID().toString(), server, at);
        storage.define("Default", path, null, null);
        storage.makeDefault(true);
        storages.store(storage);
        LOG.info(() -> "recorder " + server.id() + " records to " + storage);
    }
}
