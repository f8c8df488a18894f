-- Maps: floor plans with cameras placed on them (docs/design/maps.md). placements: a JSON array kept in the plan's
-- row so that moving a camera moves the version (optimistic locking). The picture's bytes have their own table so
-- that listing plans never reads them.
CREATE TABLE floor_plan (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    image_type VARCHAR(20),
    image_width INTEGER,
    image_height INTEGER,
    image_digest VARCHAR(64),
    placements ${text} NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT uq_floor_plan_name UNIQUE (name)
);

CREATE TABLE floor_plan_image (
    plan_id VARCHAR(36) NOT NULL PRIMARY KEY,
    content ${blob} NOT NULL,
    CONSTRAINT fk_floor_plan_image_plan FOREIGN KEY (plan_id) REFERENCES floor_plan (id)
);
