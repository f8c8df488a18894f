-- Hardware and its devices, and the local site (docs/design/hardware-and-sites.md). A piece of hardware is one
-- address (RTSP URL or ONVIF device service) with one set of credentials on one recording server; its cameras are
-- camera rows pointing at it (camera.hardware_id, camera.channel), its other devices are hardware_device rows.
-- Boolean defaults are the string 'TRUE': H2, PostgreSQL and SQL Server (BIT) all convert it (see V12).
CREATE TABLE hardware (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    driver VARCHAR(20) NOT NULL,
    address VARCHAR(1000) NOT NULL,
    username VARCHAR(200),
    password_encrypted VARCHAR(1000),
    enabled ${boolean} DEFAULT 'TRUE' NOT NULL,
    recording_server_id VARCHAR(64) NOT NULL,
    created_at ${timestamp} NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT fk_hardware_recording_server FOREIGN KEY (recording_server_id) REFERENCES recording_server (id)
);

CREATE INDEX ix_hardware_recording_server ON hardware (recording_server_id);

CREATE TABLE hardware_device (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    hardware_id VARCHAR(36) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    channel INTEGER NOT NULL,
    name VARCHAR(200) NOT NULL,
    enabled ${boolean} NOT NULL,
    output_token VARCHAR(64),
    CONSTRAINT fk_hardware_device_hardware FOREIGN KEY (hardware_id) REFERENCES hardware (id)
);

CREATE UNIQUE INDEX ux_hardware_device_slot ON hardware_device (hardware_id, kind, channel);

-- Every existing camera becomes the channel-0 camera of its own hardware, which takes the camera's connection
-- (the ONVIF address where it has one, else its stream URL) and its credentials (the same encrypted value, the same
-- key). The camera id, itself unique, is the hardware id; the hardware is enabled (the column default).
INSERT INTO hardware (id, name, driver, address, username, password_encrypted, recording_server_id, created_at, version)
    SELECT id, name, CASE WHEN onvif_address IS NULL THEN 'RTSP' ELSE 'ONVIF' END,
           COALESCE(onvif_address, stream_url), username, password_encrypted, recording_server_id, created_at, 1
    FROM camera;

-- hardware_id stays nullable in the schema: the application always sets it, and making it NOT NULL afterwards
-- would need a different statement on every database.
ALTER TABLE camera ADD hardware_id VARCHAR(36);
ALTER TABLE camera ADD channel INTEGER DEFAULT 0 NOT NULL;
UPDATE camera SET hardware_id = id;
ALTER TABLE camera ADD CONSTRAINT fk_camera_hardware FOREIGN KEY (hardware_id) REFERENCES hardware (id);
CREATE INDEX ix_camera_hardware ON camera (hardware_id);

-- The management server's own site; federation (child sites) is not modelled yet.
CREATE TABLE site (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    description VARCHAR(1000),
    time_zone VARCHAR(64) NOT NULL,
    contact VARCHAR(500),
    version BIGINT NOT NULL
);

INSERT INTO site (id, name, description, time_zone, contact, version) VALUES ('local', 'Argus', NULL, 'UTC', NULL, 1);
