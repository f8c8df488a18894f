-- The log server's own schema (docs/design/log-server.md): system, audit and rule-triggered entries, and its settings.
-- kind SYSTEM | AUDIT | RULE; log_level INFO | WARNING | ERROR ("level" is reserved in some databases).
CREATE TABLE log_entry (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    kind VARCHAR(10) NOT NULL,
    log_level VARCHAR(10) NOT NULL,
    occurred_at ${timestamp} NOT NULL,
    received_at ${timestamp} NOT NULL,
    source VARCHAR(200) NOT NULL,
    user_name VARCHAR(200),
    category VARCHAR(100),
    message VARCHAR(4000) NOT NULL,
    origin VARCHAR(100)
);

-- Searches are time windows, newest first, optionally narrowed by kind, source (prefix) or user; retention deletes
-- the oldest entries of one kind.
CREATE INDEX ix_log_entry_time ON log_entry (occurred_at, id);
CREATE INDEX ix_log_entry_kind_time ON log_entry (kind, occurred_at);
CREATE INDEX ix_log_entry_source_time ON log_entry (source, occurred_at);
CREATE INDEX ix_log_entry_user_time ON log_entry (user_name, occurred_at);

-- One row: the least severe SYSTEM level stored, and the retention of each kind in days.
CREATE TABLE log_settings (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    system_level VARCHAR(10) NOT NULL,
    system_retention_days INTEGER NOT NULL,
    audit_retention_days INTEGER NOT NULL,
    rule_retention_days INTEGER NOT NULL,
    version BIGINT NOT NULL
);

INSERT INTO log_settings (id, system_level, system_retention_days, audit_retention_days, rule_retention_days, version)
VALUES ('default', 'ERROR', 30, 365, 90, 1);
