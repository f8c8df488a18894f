-- The rule system (docs/design/rules.md): rules, their executions, the time-profile clock and the SMTP settings.
CREATE TABLE rule_definition (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    description VARCHAR(1000),
    enabled ${boolean} NOT NULL,
    trigger_type VARCHAR(30) NOT NULL,
    event_type VARCHAR(100),
    camera_id VARCHAR(36),
    definition_id VARCHAR(36),
    analytics_type VARCHAR(1000),
    source_name VARCHAR(1000),
    time_profile_id VARCHAR(36),
    only_while_profile_id VARCHAR(36),
    actions ${text} NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT ux_rule_name UNIQUE (name)
);

CREATE INDEX ix_rule_trigger ON rule_definition (trigger_type, event_type);

-- One row per rule and trigger (event or time-profile transition): the unique key makes every rule run once per
-- trigger, whichever node or redelivery gets there first.
CREATE TABLE rule_execution (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    rule_id VARCHAR(36) NOT NULL,
    rule_name VARCHAR(200) NOT NULL,
    trigger_key VARCHAR(200) NOT NULL,
    triggered_at ${timestamp} NOT NULL,
    started_at ${timestamp} NOT NULL,
    finished_at ${timestamp},
    outcome VARCHAR(10) NOT NULL,
    message VARCHAR(2000),
    CONSTRAINT ux_rule_execution_trigger UNIQUE (rule_id, trigger_key)
);

CREATE INDEX ix_rule_execution_rule_time ON rule_execution (rule_id, started_at);

-- Up to when time-profile transitions have been acted on, so none is missed across restarts; one row, seeded in the
-- past (the engine never looks back more than a day, and no rule exists yet) so no time-zone reading of "now" matters.
CREATE TABLE rule_clock (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    evaluated_until ${timestamp} NOT NULL
);

INSERT INTO rule_clock (id, evaluated_until) VALUES ('time-profiles', '2000-01-01 00:00:00');

-- The SMTP server for rule e-mails; one row. The password is encrypted (AES-GCM, like camera passwords).
CREATE TABLE notification_settings (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    smtp_host VARCHAR(255) NOT NULL,
    smtp_port INTEGER NOT NULL,
    from_address VARCHAR(320) NOT NULL,
    start_tls ${boolean} NOT NULL,
    username VARCHAR(255),
    password VARCHAR(1000),
    version BIGINT NOT NULL
);
