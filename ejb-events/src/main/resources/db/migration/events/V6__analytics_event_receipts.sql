-- Analytics events that were stored, by sender: a document sent again (same sender address, same EventHeader/ID),
-- because the sender never read the "OK" of the first, is recognised and not stored twice. The ID may be up to 1000
-- characters, so the key is its SHA-256 in hex: fixed length, and within every database's index key limit.
CREATE TABLE analytics_event_receipt (
    source_address VARCHAR(64) NOT NULL,
    sender_event_key VARCHAR(64) NOT NULL,
    received_at ${timestamp} NOT NULL,
    CONSTRAINT pk_analytics_event_receipt PRIMARY KEY (source_address, sender_event_key)
);

CREATE INDEX ix_analytics_event_receipt_time ON analytics_event_receipt (received_at);
