package org.argusvms.management.application.internal;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import org.argusvms.management.application.ConfigurationAudience;
import org.argusvms.management.application.ConfigurationChange.ObjectType;
import org.argusvms.management.application.ConflictException;
import org.argusvms.management.application.NotFoundException;
import org.argusvms.management.application.PageRequest;
import org.argusvms.management.application.PermissionService;
import org.argusvms.management.application.StorageInput;
import org.argusvms.management.application.StorageService;
import org.argusvms.management.application.StorageUsageView;
import org.argusvms.management.application.StorageView;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.camera.CameraRepository;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.argusvms.management.domain.model.recorder.RecordingServerRepository;
import org.argusvms.management.domain.model.role.AdminArea;
import org.argusvms.management.domain.model.storage.Storage;
import org.argusvms.management.domain.model.storage.StorageRepository;
import org.argusvms.management.infrastructure.messaging.ConfigurationChangePublisher;
import org.argusvms.recorder.protocol.StorageUsage;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Administration checks the CONFIGURATION area here (so refusals are audited); see {@link StorageService}. */
@Stateless
@PermitAll
public class DefaultStorageService implements StorageService {

    /** Who hears of storage changes: the pages of configuration administrators. */
    private static final ConfigurationAudience ADMINISTRATORS =
            ConfigurationAudience.administratorsOf(AdminArea.CONFIGURATION);

    @Inject
    private StorageRepository storages;

    @Inject
    private RecordingServerRepository recordingServers;

    @Inject
    private CameraRepository cameras;

    @Inject
    private StorageDeployment deployment;

    @Inject
    private PermissionService permissions;

    @Inject
    private AuditLog audit;

    @Inject
    private ConfigurationChangePublisher changes;

    @Inject
    private Clock clock;

    @Override
    public List<StorageView> listStorages(String recordingServerId, String nameContains, PageRequest page) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        RecordingServer server = server(recordingServerId);
        List<Storage> matching = matching(server, nameContains);
        Map<String, StorageUsage> usage = deployment.usage(server);
        List<Camera> recorded = cameras.findByRecordingServer(server.id());
        return matching.stream().skip(page.offset()).limit(page.limit())
                .map(storage -> toView(storage, recorded, usage)).toList();
    }

    @Override
    public long countStorages(String recordingServerId, String nameContains) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        return matching(server(recordingServerId), nameContains).size();
    }

    @Override
    public Optional<StorageView> findStorage(String recordingServerId, String storageId) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        RecordingServer server = server(recordingServerId);
        return storages.find(storageId).filter(storage -> storage.recordingServer().id().equals(server.id()))
                .map(storage -> toView(storage, cameras.findByRecordingServer(server.id()), deployment.usage(server)));
    }

    @Override
    public StorageView createStorage(String recordingServerId, StorageInput input) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        RecordingServer server = server(recordingServerId);
        StorageInputValidator.ValidStorage valid = StorageInputValidator.validate(input);
        List<Storage> existing = storages.findByRecordingServer(server.id());
        requireUnique(existing, valid, null);
        Storage storage = new Storage(UUID.randomUUID().toString(), server, clock.instant());
        storage.define(valid.name(), valid.path(), valid.retentionDays(), valid.maxSizeGiB());
        if (Boolean.TRUE.equals(input.defaultStorage()) || existing.isEmpty()) {
            takeOverDefault(storage, existing);
        }
        storages.store(storage);
        deployment.push(server);
        audit.succeeded("storage.create", describe(storage));
        changes.created(ObjectType.STORAGE, storage.id(), storage.version(), ADMINISTRATORS);
        return toView(storage, cameras.findByRecordingServer(server.id()), deployment.usage(server));
    }

    @Override
    public StorageView changeStorage(String recordingServerId, String storageId, StorageInput input) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        RecordingServer server = server(recordingServerId);
        StorageInputValidator.ValidStorage valid = StorageInputValidator.validate(input);
        NamedObjectInput.requireVersion(input.version());
        Storage storage = ofServer(server, storageId);
        if (storage.version() != input.version()) {
            throw staleVersion(storage);
        }
        List<Storage> existing = storages.findByRecordingServer(server.id());
        requireUnique(existing, valid, storage.id());
        if (storage.defaultStorage() && Boolean.FALSE.equals(input.defaultStorage())) {
            throw new ValidationException("defaultStorage", "a recording server always has one default storage: make"
                    + " another storage the default instead");
        }
        storage.define(valid.name(), valid.path(), valid.retentionDays(), valid.maxSizeGiB());
        if (Boolean.TRUE.equals(input.defaultStorage()) && !storage.defaultStorage()) {
            takeOverDefault(storage, existing);
        }
        try {
            storages.store(storage);
        } catch (OptimisticLockException e) {
            throw staleVersion(storage);
        }
        deployment.push(server);
        audit.succeeded("storage.change", describe(storage));
        changes.updated(ObjectType.STORAGE, storage.id(), storage.version(), ADMINISTRATORS);
        return toView(storage, cameras.findByRecordingServer(server.id()), deployment.usage(server));
    }

    @Override
    public void deleteStorage(String recordingServerId, String storageId) {
        permissions.requireAdmin(AdminArea.CONFIGURATION);
        RecordingServer server = server(recordingServerId);
        Storage storage = ofServer(server, storageId);
        if (storage.defaultStorage()) {
            throw new ConflictException("storage " + storage.name() + " is the default storage of recording server "
                    + server.id() + "; make another storage the default before deleting it");
        }
        List<String> users = cameras.findByRecordingServer(server.id()).stream()
                .filter(camera -> storage.id().equals(camera.storageId())).map(Camera::name).sorted().toList();
        if (!users.isEmpty()) {
            throw new ConflictException("storage " + storage.name() + " is used by camera(s) " + String.join(", ", users)
                    + "; assign them another storage first");
        }
        storages.remove(storage);
        deployment.push(server);
        audit.succeeded("storage.delete", describe(storage));
        changes.deleted(ObjectType.STORAGE, storage.id(), storage.version(), ADMINISTRATORS);
    }

    /** The new default replaces the old one in the same transaction: a recorder always has exactly one. */
    private void takeOverDefault(Storage storage, List<Storage> existing) {
        existing.stream().filter(Storage::defaultStorage).filter(other -> !other.id().equals(storage.id()))
                .forEach(other -> {
                    other.makeDefault(false);
                    storages.store(other);
                });
        storage.makeDefault(true);
    }

    private static void requireUnique(List<Storage> existing, StorageInputValidator.ValidStorage valid, String ownId) {
        for (Storage other : existing) {
            if (other.id().equals(ownId)) {
                continue;
            }
            if (other.name().equalsIgnoreCase(valid.name())) {
                throw new ValidationException("name", "this recording server already has a storage named '"
                        + other.name() + "'");
            }
            if (other.path().equals(valid.path())) {
                throw new ValidationException("path", "storage " + other.name() + " of this recording server already"
                        + " uses " + valid.path());
            }
        }
    }

    private List<Storage> matching(RecordingServer server, String nameContains) {
        String filter = nameContains == null ? "" : nameContains.trim().toLowerCase(Locale.ROOT);
        return storages.findByRecordingServer(server.id()).stream()
                .filter(storage -> storage.name().toLowerCase(Locale.ROOT).contains(filter)).toList();
    }

    private RecordingServer server(String recordingServerId) {
        return recordingServers.find(recordingServerId).orElseThrow(() -> new NotFoundException(
                "recording server '" + recordingServerId + "' does not exist"));
    }

    private Storage ofServer(RecordingServer server, String storageId) {
        return storages.find(storageId).filter(storage -> storage.recordingServer().id().equals(server.id()))
                .orElseThrow(() -> new NotFoundException("storage " + storageId + " of recording server " + server.id()
                        + " does not exist"));
    }

    private static StorageView toView(Storage storage, List<Camera> recorded, Map<String, StorageUsage> usage) {
        List<String> cameraIds = recorded.stream().filter(camera -> camera.storageId() == null
                        ? storage.defaultStorage() : camera.storageId().equals(storage.id()))
                .map(Camera::id).sorted().toList();
        StorageUsage figures = usage.get(storage.id());
        return new StorageView(storage.id(), storage.recordingServer().id(), storage.name(), storage.path(),
                storage.retentionDays(), storage.maxSizeGib(), storage.defaultStorage(), cameraIds,
                figures == null ? null : new StorageUsageView(figures.totalBytes(), figures.usedBytes(),
                        figures.freeBytes(), figures.oldestRecording()),
                storage.version());
    }

    private static String describe(Storage storage) {
        return storage + " of recording server " + storage.recordingServer().id()
                + ", retention " + Objects.requireNonNullElse(storage.retentionDays(), "unlimited") + " days, "
                + Objects.requireNonNullElse(storage.maxSizeGib(), "unlimited") + " GiB"
                + (storage.defaultStorage() ? ", default" : "");
    }

    private static ConflictException staleVersion(Storage storage) {
        return new ConflictException("storage " + storage.name()
                + " was changed by someone else since you read it; reload it and apply your change again");
    }
}
