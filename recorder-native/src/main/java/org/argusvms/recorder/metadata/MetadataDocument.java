package org.argusvms.recorder.metadata;

/**
 * One ONVIF metadata document as the camera sent it (UTF-8 XML, not yet checked) and the wall-clock instant it
 * stands for, on the same time base as the camera's recordings (its RTP time placed on the video's time line).
 */
public record MetadataDocument(byte[] xml, long epochMillis) {
}
