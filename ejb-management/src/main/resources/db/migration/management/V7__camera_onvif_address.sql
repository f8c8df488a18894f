-- Cameras reachable over ONVIF (docs/design/onvif.md): the device service address. The recorder then finds the
-- stream itself, so stream_url becomes optional (a camera has a stream URL, an ONVIF address, or both: the
-- application checks that). The dropNotNull placeholder renders DROP NOT NULL, or the restated type for SQL Server.
ALTER TABLE camera ADD onvif_address VARCHAR(1000);
ALTER TABLE camera ALTER COLUMN stream_url ${dropNotNull:VARCHAR(1000)};
