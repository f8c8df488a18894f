package org.argusvms.management.application;

import jakarta.ejb.Local;

import java.util.List;
import java.util.Optional;

/**
 * The storages of recording servers (docs/design/storages.md); administration needs the CONFIGURATION area. Every
 * change is pushed to the recorder inside the transaction: a recorder that refuses it (a directory it cannot create
 * or write) rolls the change back; one that cannot be reached gets it when it next registers.
 */
@Local
public interface StorageService {

    /** The recorder's storages matching the name filter, default first. */
    List<StorageView> listStorages(String recordingServerId, String nameContains, PageRequest page);

    long countStorages(String recordingServerId, String nameContains);

    Optional<StorageView> findStorage(String recordingServerId, String storageId);

    /** @throws ValidationException naming the field; nothing is stored then */
    StorageView createStorage(String recordingServerId, StorageInput input);

    /** @throws ConflictException if {@code input.version()} is not the stored version */
    StorageView changeStorage(String recordingServerId, String storageId, StorageInput input);

    /** @throws ConflictException for the default storage, or one that cameras record to */
    void deleteStorage(String recordingServerId, String storageId);
}
