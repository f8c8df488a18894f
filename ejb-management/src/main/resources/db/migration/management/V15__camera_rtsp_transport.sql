-- How each camera's RTP reaches its recorder (docs/design/rtsp-ingest.md, "UDP"): TCP (interleaved in the RTSP
-- connection, what every camera used before), UDP, or AUTO (UDP, falling back to TCP). Existing cameras keep TCP.
-- A VARCHAR default with NOT NULL in one ADD reads the same in H2, PostgreSQL and SQL Server.
ALTER TABLE camera ADD rtsp_transport VARCHAR(8) DEFAULT 'TCP' NOT NULL;
