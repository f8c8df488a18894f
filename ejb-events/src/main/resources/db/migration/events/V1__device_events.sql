-- Every event a recorder reported, exactly once: (recorder_id, seq) is the recorder's delivery identity.
CREATE TABLE device_event (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    recorder_id VARCHAR(64) NOT NULL,
    seq BIGINT NOT NULL,
    event_type VARCHAR(100) NOT NULL,
    camera_id VARCHAR(36),
    occurred_at ${timestamp} NOT NULL,
    received_at ${timestamp} NOT NULL,
    attributes ${text},
    CONSTRAINT ux_device_event_delivery UNIQUE (recorder_id, seq)
);

CREATE INDEX ix_device_event_camera_time ON device_event (camera_id, occurred_at);
CREATE INDEX ix_device_event_time ON device_event (occurred_at);
