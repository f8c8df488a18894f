-- Storages (docs/design/storages.md): directories on a recording server that its cameras record into, each with its
-- own retention by age (days) and by size (GiB); NULL means no limit of that kind. Exactly one storage of a
-- recorder is its default (enforced by the service). Cameras name their storage (NULL: their recorder's default).
-- A recorder gets its default storage when it registers (the directory it recorded into so far, no limits).
CREATE TABLE recording_storage (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    recording_server_id VARCHAR(64) NOT NULL,
    name VARCHAR(200) NOT NULL,
    path VARCHAR(1024) NOT NULL,
    retention_days INTEGER,
    max_size_gib INTEGER,
    default_storage ${boolean} NOT NULL,
    created_at ${timestamp} NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fk_storage_recording_server FOREIGN KEY (recording_server_id) REFERENCES recording_server (id)
);

CREATE UNIQUE INDEX ux_storage_name ON recording_storage (recording_server_id, name);
CREATE UNIQUE INDEX ux_storage_path ON recording_storage (recording_server_id, path);

ALTER TABLE camera ADD storage_id VARCHAR(36);
ALTER TABLE camera ADD CONSTRAINT fk_camera_storage FOREIGN KEY (storage_id) REFERENCES recording_storage (id);
