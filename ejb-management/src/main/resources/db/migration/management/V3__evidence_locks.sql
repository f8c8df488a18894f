-- Evidence locks: ranges of a camera's recordings that its recorder must not delete. The recorder holds the same
-- locks (same id); this table records who locked what and why. No foreign key to camera: the record of a lock
-- outlives the camera it was taken on.
CREATE TABLE evidence_lock (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    camera_id VARCHAR(36) NOT NULL,
    from_time ${timestamp} NOT NULL,
    to_time ${timestamp} NOT NULL,
    reason VARCHAR(500) NOT NULL,
    created_by VARCHAR(200) NOT NULL,
    created_at ${timestamp} NOT NULL
);

CREATE INDEX ix_evidence_lock_camera ON evidence_lock (camera_id, created_at);
