package org.argusvms.management.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.storage.StorageRepository;

/** Which storage a camera records to: one of its own recorder's (docs/design/storages.md). */
@ApplicationScoped
public class CameraStorages {

    @Inject
    private StorageRepository storages;

    /**
     * Assigns the storage {@code storageId} names: null keeps the camera's storage, empty returns it to its
     * recorder's default. Call after the camera's recorder is set.
     *
     * @throws ValidationException for a storage that does not exist or belongs to another recorder
     */
    void assign(Camera camera, String storageId) {
        if (storageId == null) {
            return;
        }
        if (storageId.isBlank()) {
            camera.recordTo(null);
            return;
        }
        String recorderId = camera.recordingServer().id();
        storages.find(storageId.trim()).filter(storage -> storage.recordingServer().id().equals(recorderId))
                .ifPresentOrElse(storage -> camera.recordTo(storage.id()), () -> {
                    throw new ValidationException("storageId", "storage '" + storageId
                            + "' is not a storage of recording server " + recorderId);
                });
    }
}
