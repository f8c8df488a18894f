-- An alarm definition may be limited to a time profile (the seed's alarm definition "time profile"): events outside
-- the profile raise no alarm. Null: always active. The profile lives in the management schema, so no foreign key;
-- the management server refuses to delete a profile an alarm definition names (TimeProfileReferences).
ALTER TABLE alarm_definition ADD time_profile_id VARCHAR(36);
