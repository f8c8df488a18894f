-- Triggered recording per camera (docs/design/recording-modes.md): pre-/post-buffer around events and what ALWAYS
-- records while untriggered. NOT NULL with the recorder's defaults, so existing cameras keep behaving as before.
-- One column per statement: PostgreSQL, H2 and SQL Server disagree on adding several in one ALTER TABLE.
ALTER TABLE camera ADD pre_buffer_seconds INTEGER DEFAULT 5 NOT NULL;
ALTER TABLE camera ADD post_buffer_seconds INTEGER DEFAULT 10 NOT NULL;
ALTER TABLE camera ADD idle_recording VARCHAR(20) DEFAULT 'FULL' NOT NULL;
