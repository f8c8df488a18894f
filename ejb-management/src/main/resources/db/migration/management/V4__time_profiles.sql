-- Time profiles: named weekly schedules in an IANA time zone, used by rules (and later by recording).
CREATE TABLE time_profile (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    description VARCHAR(1000),
    time_zone VARCHAR(100) NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT ux_time_profile_name UNIQUE (name)
);

-- Weekly intervals, in order: day of week, start and end as seconds of the day (end exclusive; end <= start
-- means the next day).
CREATE TABLE time_profile_interval (
    time_profile_id VARCHAR(36) NOT NULL,
    position INTEGER NOT NULL,
    day_of_week VARCHAR(9) NOT NULL,
    start_second INTEGER NOT NULL,
    end_second INTEGER NOT NULL,
    CONSTRAINT pk_time_profile_interval PRIMARY KEY (time_profile_id, position),
    CONSTRAINT fk_time_profile_interval_profile FOREIGN KEY (time_profile_id) REFERENCES time_profile (id)
);
