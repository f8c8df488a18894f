-- Events and alarms stored but not yet published on the ArgusEvents topic (transactional outbox). A row is written in
-- the transaction that stores the event and deleted once the message is on the topic; rows that outlive their relay
-- (a crash between commit and publication) are published by the sweeper. See docs/design/event-outbox.md.
CREATE TABLE event_outbox (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    created_at ${timestamp} NOT NULL,
    event_type VARCHAR(100) NOT NULL,
    source_type VARCHAR(100) NOT NULL,
    camera_id VARCHAR(36),
    rule_candidate ${boolean},
    body ${text} NOT NULL
);

CREATE INDEX ix_event_outbox_created ON event_outbox (created_at);
