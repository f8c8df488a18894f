-- Analytics events: XML documents from video-analytics systems, parsed by the resource adapter.
CREATE TABLE analytics_event (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    sender_event_id VARCHAR(1000) NOT NULL,
    analytics_type VARCHAR(1000) NOT NULL,
    message VARCHAR(1000) NOT NULL,
    camera_id VARCHAR(1000),
    source_name VARCHAR(1000),
    description VARCHAR(1000),
    location VARCHAR(1000),
    vendor VARCHAR(1000),
    objects ${text},
    source_address VARCHAR(64) NOT NULL,
    occurred_at ${timestamp} NOT NULL,
    received_at ${timestamp} NOT NULL
);

CREATE INDEX ix_analytics_event_time ON analytics_event (received_at);

-- What raises an alarm: an event type plus optional conditions on the event.
CREATE TABLE alarm_definition (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    enabled ${boolean} NOT NULL,
    source_event_type VARCHAR(100) NOT NULL,
    match_text VARCHAR(1000),
    match_definition_name VARCHAR(1000),
    match_camera_id VARCHAR(36),
    priority INTEGER NOT NULL,
    category VARCHAR(100),
    related_camera_ids VARCHAR(2000),
    instructions VARCHAR(4000),
    auto_close_minutes INTEGER,
    version BIGINT NOT NULL,
    CONSTRAINT ux_alarm_definition_name UNIQUE (name)
);

CREATE INDEX ix_alarm_definition_type ON alarm_definition (source_event_type);

-- Raised alarms. The definition's name is copied and there is no foreign key: deleting a definition keeps its alarms.
CREATE TABLE alarm (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    definition_id VARCHAR(36) NOT NULL,
    definition_name VARCHAR(100) NOT NULL,
    event_id VARCHAR(36) NOT NULL,
    event_type VARCHAR(100) NOT NULL,
    camera_id VARCHAR(36),
    message VARCHAR(1000),
    state VARCHAR(20) NOT NULL,
    owner VARCHAR(255),
    priority INTEGER NOT NULL,
    category VARCHAR(100),
    raised_at ${timestamp} NOT NULL,
    auto_close_at ${timestamp},
    version BIGINT NOT NULL
);

CREATE INDEX ix_alarm_state_time ON alarm (state, raised_at);
CREATE INDEX ix_alarm_camera ON alarm (camera_id);

-- Every state change of an alarm, in order: who, when, from which state to which, and why.
CREATE TABLE alarm_history (
    alarm_id VARCHAR(36) NOT NULL,
    seq_no INTEGER NOT NULL,
    changed_at ${timestamp} NOT NULL,
    username VARCHAR(255) NOT NULL,
    from_state VARCHAR(20),
    to_state VARCHAR(20) NOT NULL,
    note VARCHAR(1000),
    CONSTRAINT pk_alarm_history PRIMARY KEY (alarm_id, seq_no),
    CONSTRAINT fk_alarm_history_alarm FOREIGN KEY (alarm_id) REFERENCES alarm (id)
);
