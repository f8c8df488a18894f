package org.argusvms.management.domain.model.recorder;

import java.util.List;
import java.util.Optional;

public interface RecordingServerRepository {

    Optional<RecordingServer> find(String id);

    List<RecordingServer> findAll();

    void store(RecordingServer server);
}
