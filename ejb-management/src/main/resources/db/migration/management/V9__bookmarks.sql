-- Bookmarks (docs/design/bookmarks.md): an instant of one camera's recordings marked with a headline, with the range
-- around it that the bookmark covers. No foreign key to camera: like evidence locks, the record of who marked what
-- outlives the camera. The index serves the timeline's "bookmarks of these cameras overlapping this range" query.
CREATE TABLE bookmark (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    camera_id VARCHAR(36) NOT NULL,
    at_time ${timestamp} NOT NULL,
    from_time ${timestamp} NOT NULL,
    to_time ${timestamp} NOT NULL,
    headline VARCHAR(100) NOT NULL,
    description VARCHAR(2000),
    created_by VARCHAR(200) NOT NULL,
    created_at ${timestamp} NOT NULL,
    version BIGINT NOT NULL
);

CREATE INDEX ix_bookmark_camera_time ON bookmark (camera_id, from_time, to_time);
