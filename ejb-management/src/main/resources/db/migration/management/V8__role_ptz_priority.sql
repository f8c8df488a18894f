-- PTZ priority per role (docs/design/ptz-priority.md): 1 (lowest) to 32000, higher wins when operators contend for a
-- PTZ camera. Existing roles get the default 3000, so nobody outranks anybody until an administrator says so.
ALTER TABLE vms_role ADD ptz_priority INTEGER DEFAULT 3000 NOT NULL;
