-- A camera's second stream for live viewing (docs/design/live-streaming.md, "Second stream"): PRIMARY (one stream
-- for recording and live, what every camera had before) or SECONDARY, from live_stream_url or, for an ONVIF camera
-- without one, its second profile. Existing cameras keep one stream.
-- A VARCHAR default with NOT NULL in one ADD reads the same in H2, PostgreSQL and SQL Server.
ALTER TABLE camera ADD live_stream VARCHAR(16) DEFAULT 'PRIMARY' NOT NULL;
ALTER TABLE camera ADD live_stream_url VARCHAR(1000);
