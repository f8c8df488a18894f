-- Views: saved layouts of live cameras (docs/design/views-and-configuration-changes.md). A personal view has an owner
-- (a user name); a shared view has none. tiles: "position=cameraId;…" for the non-empty tiles of the grid, stored in
-- the row so that every layout change moves the version (optimistic locking).
CREATE TABLE live_view (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    is_shared ${boolean} NOT NULL,
    owner_name VARCHAR(200),
    grid_rows INTEGER NOT NULL,
    grid_columns INTEGER NOT NULL,
    tiles VARCHAR(4000) NOT NULL,
    version BIGINT NOT NULL
);

CREATE INDEX ix_live_view_owner ON live_view (owner_name);
