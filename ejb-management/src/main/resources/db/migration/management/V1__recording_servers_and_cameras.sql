-- Recording servers register themselves; cameras belong to exactly one recording server.
CREATE TABLE recording_server (
    id VARCHAR(64) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    control_host VARCHAR(255) NOT NULL,
    control_port INTEGER NOT NULL,
    media_url VARCHAR(500) NOT NULL,
    software_version VARCHAR(50),
    online ${boolean} NOT NULL,
    last_seen ${timestamp},
    registered_at ${timestamp} NOT NULL,
    version BIGINT NOT NULL
);

CREATE TABLE camera (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    stream_url VARCHAR(1000) NOT NULL,
    username VARCHAR(200),
    password_encrypted VARCHAR(1000),
    recording_mode VARCHAR(20) NOT NULL,
    enabled ${boolean} NOT NULL,
    recording_server_id VARCHAR(64) NOT NULL,
    created_at ${timestamp} NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fk_camera_recording_server FOREIGN KEY (recording_server_id) REFERENCES recording_server (id)
);

CREATE UNIQUE INDEX ux_camera_name ON camera (name);
CREATE INDEX ix_camera_recording_server ON camera (recording_server_id);
