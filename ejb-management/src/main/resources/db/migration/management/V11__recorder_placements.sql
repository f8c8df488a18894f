-- Placement history (docs/design/move-hardware.md): which recording server recorded a camera from when until when
-- (until_time NULL: still). Recordings stay on the recorder that made them when a camera moves, so playback and
-- export look the recorder of an instant up here. No foreign key to camera: the history is deleted with the camera
-- by the service, in the same transaction.
CREATE TABLE recorder_placement (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    camera_id VARCHAR(36) NOT NULL,
    recording_server_id VARCHAR(64) NOT NULL,
    from_time ${timestamp} NOT NULL,
    until_time ${timestamp}
);

CREATE INDEX ix_recorder_placement_camera ON recorder_placement (camera_id, from_time);

-- Every existing camera has been on its recorder since it was created (the camera id, itself unique, is the id).
INSERT INTO recorder_placement (id, camera_id, recording_server_id, from_time, until_time)
    SELECT id, id, recording_server_id, created_at, NULL FROM camera;
