-- PTZ sessions shared by every node of a cluster (docs/design/ptz-priority.md): one row per camera that an operator
-- steered, holding who steers it, with which PTZ priority, until when. Every write compares and bumps `version`, so
-- two nodes taking the same camera at once cannot both win. The expiry is milliseconds since the epoch (UTC): a
-- TIMESTAMP column would be read in each node's default time zone. No foreign key to camera: a row is worthless 15 s
-- after its last command and a deleted camera's row is never read again.
CREATE TABLE ptz_session (
    camera_id VARCHAR(36) NOT NULL PRIMARY KEY,
    username VARCHAR(255) NOT NULL,
    priority INTEGER NOT NULL,
    expires_at_ms BIGINT NOT NULL,
    version BIGINT NOT NULL
);
