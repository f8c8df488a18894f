package org.argusvms.recorder.ingest.rtsp;

/**
 * The ONVIF metadata media of a session description ({@code m=application} with {@code vnd.onvif.metadata}).
 *
 * @param control the track's control attribute as written (resolve against the base URL), or null
 */
record MetadataTrack(int payloadType, int clockRate, String control) {
}
