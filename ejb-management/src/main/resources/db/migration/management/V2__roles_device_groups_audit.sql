-- VMS roles with per-camera rights, device groups, and the audit trail (docs/design/permissions.md).
CREATE TABLE device_group (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    description VARCHAR(1000),
    version BIGINT NOT NULL
);

CREATE UNIQUE INDEX ux_device_group_name ON device_group (name);

CREATE TABLE device_group_camera (
    device_group_id VARCHAR(36) NOT NULL,
    camera_id VARCHAR(36) NOT NULL,
    PRIMARY KEY (device_group_id, camera_id),
    CONSTRAINT fk_device_group_camera_group FOREIGN KEY (device_group_id) REFERENCES device_group (id),
    CONSTRAINT fk_device_group_camera_camera FOREIGN KEY (camera_id) REFERENCES camera (id)
);

CREATE INDEX ix_device_group_camera_camera ON device_group_camera (camera_id);

-- admin_areas: comma-separated AdminArea names
CREATE TABLE vms_role (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    description VARCHAR(1000),
    admin_areas VARCHAR(200) NOT NULL,
    version BIGINT NOT NULL
);

CREATE UNIQUE INDEX ux_vms_role_name ON vms_role (name);

-- the token claims (Keycloak realm role names) that make a caller hold the role
CREATE TABLE vms_role_claim (
    role_id VARCHAR(36) NOT NULL,
    claim VARCHAR(200) NOT NULL,
    PRIMARY KEY (role_id, claim),
    CONSTRAINT fk_vms_role_claim_role FOREIGN KEY (role_id) REFERENCES vms_role (id)
);

-- scope ALL | DEVICE_GROUP | CAMERA; target_id names the group or camera (NULL for ALL); rights: comma-separated
CREATE TABLE vms_role_grant (
    role_id VARCHAR(36) NOT NULL,
    scope VARCHAR(20) NOT NULL,
    target_id VARCHAR(36),
    rights VARCHAR(500) NOT NULL,
    CONSTRAINT fk_vms_role_grant_role FOREIGN KEY (role_id) REFERENCES vms_role (id)
);

CREATE INDEX ix_vms_role_grant_role ON vms_role_grant (role_id);

CREATE TABLE audit_entry (
    id VARCHAR(36) NOT NULL PRIMARY KEY,
    occurred_at ${timestamp} NOT NULL,
    user_name VARCHAR(200) NOT NULL,
    client_address VARCHAR(100),
    action VARCHAR(100) NOT NULL,
    target VARCHAR(500),
    outcome VARCHAR(20) NOT NULL
);

CREATE INDEX ix_audit_entry_time ON audit_entry (occurred_at);
CREATE INDEX ix_audit_entry_user_time ON audit_entry (user_name, occurred_at);

-- The two roles matching the Keycloak realm roles, so a fresh installation behaves as before roles existed.
INSERT INTO vms_role (id, name, description, admin_areas, version)
VALUES ('00000000-0000-0000-0000-000000000001', 'Operators', 'Watch live and recorded video, export, handle alarms on every camera', '', 1);
INSERT INTO vms_role_claim (role_id, claim) VALUES ('00000000-0000-0000-0000-000000000001', 'operator');
INSERT INTO vms_role_grant (role_id, scope, target_id, rights)
VALUES ('00000000-0000-0000-0000-000000000001', 'ALL', NULL, 'ALARM_HANDLING,EXPORT,LIVE,PLAYBACK');

INSERT INTO vms_role (id, name, description, admin_areas, version)
VALUES ('00000000-0000-0000-0000-000000000002', 'Administrators', 'Every right on every camera and every administration area', 'CONFIGURATION,SECURITY,SYSTEM_MONITOR', 1);
INSERT INTO vms_role_claim (role_id, claim) VALUES ('00000000-0000-0000-0000-000000000002', 'administrator');
INSERT INTO vms_role_grant (role_id, scope, target_id, rights)
VALUES ('00000000-0000-0000-0000-000000000002', 'ALL', NULL, 'ALARM_HANDLING,AUDIO_LISTEN,AUDIO_TALK,EVIDENCE_LOCK,EXPORT,LIVE,OUTPUT,PLAYBACK,PTZ');
