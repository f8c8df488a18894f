-- Generic events: what external systems send as text over TCP/UDP, and the definitions that recognise them.
CREATE TABLE generic_event_definition (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    match_type VARCHAR(20) NOT NULL,
    expression VARCHAR(1000) NOT NULL,
    ignore_case ${boolean} NOT NULL,
    source_address VARCHAR(64),
    enabled ${boolean} NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT ux_generic_event_definition_name UNIQUE (name)
);

-- Matched messages. No foreign key to the definition: deleting a definition keeps the events it produced.
CREATE TABLE generic_event (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    definition_id VARCHAR(36) NOT NULL,
    definition_name VARCHAR(100) NOT NULL,
    source_address VARCHAR(64) NOT NULL,
    transport VARCHAR(10) NOT NULL,
    message ${text} NOT NULL,
    received_at ${timestamp} NOT NULL
);

CREATE INDEX ix_generic_event_time ON generic_event (received_at);
