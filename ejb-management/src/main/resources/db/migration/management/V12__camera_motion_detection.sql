-- Motion detection per camera (docs/design/motion-detection.md), configured here and pushed to the recorder with the
-- rest of the camera. Existing cameras keep it off, except those recorded on MOTION, which need it. The boolean
-- default is the string 'FALSE': H2, PostgreSQL and SQL Server (BIT) all convert it, none accepts all of
-- FALSE and 0. Regions are the recorder's include/exclude polygons as JSON (NULL: the whole picture).
-- One column per statement: PostgreSQL, H2 and SQL Server disagree on adding several in one ALTER TABLE.
ALTER TABLE camera ADD motion_enabled ${boolean} DEFAULT 'FALSE' NOT NULL;
ALTER TABLE camera ADD motion_sensitivity INTEGER DEFAULT 50 NOT NULL;
ALTER TABLE camera ADD motion_analysis_fps INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE camera ADD motion_regions ${text};
UPDATE camera SET motion_enabled = 'TRUE' WHERE recording_mode = 'MOTION';
