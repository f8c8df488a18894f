package org.argusvms.management.domain.model.storage;

import java.util.List;
import java.util.Optional;

public interface StorageRepository {

    Optional<Storage> find(String id);

    /** The recorder's storages, default first, then by name. */
    List<Storage> findByRecordingServer(String recordingServerId);

    void store(Storage storage);

    void remove(Storage storage);
}
