-- User-defined events: what operators (or scripts through the REST API) trigger by hand.
CREATE TABLE user_event_definition (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(100) NOT NULL,
    description VARCHAR(1000),
    related_camera_ids VARCHAR(2000),
    version BIGINT NOT NULL,
    CONSTRAINT ux_user_event_definition_name UNIQUE (name)
);

-- Triggerings. No foreign key: deleting a definition keeps its history. The idempotency key is the client's, or the
-- event's own id when the client sent none (NOT NULL: SQL Server's unique constraints admit a single NULL).
CREATE TABLE user_event (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    definition_id VARCHAR(36) NOT NULL,
    definition_name VARCHAR(100) NOT NULL,
    camera_id VARCHAR(36),
    related_camera_ids VARCHAR(2000),
    triggered_by VARCHAR(255) NOT NULL,
    idempotency_key VARCHAR(200) NOT NULL,
    triggered_at ${timestamp} NOT NULL,
    CONSTRAINT ux_user_event_idempotency UNIQUE (triggered_by, idempotency_key)
);

CREATE INDEX ix_user_event_time ON user_event (triggered_at);

-- Generic messages with a sender's message id (acknowledged TCP, seed port 1235) that were processed: a resent
-- message is recognised by (sender address, id) and not stored again.
CREATE TABLE generic_message_receipt (
    source_address VARCHAR(64) NOT NULL,
    message_id VARCHAR(100) NOT NULL,
    received_at ${timestamp} NOT NULL,
    CONSTRAINT pk_generic_message_receipt PRIMARY KEY (source_address, message_id)
);

CREATE INDEX ix_generic_message_receipt_time ON generic_message_receipt (received_at);
