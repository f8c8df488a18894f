/**
 * Camera connections through GStreamer (rtspsrc to appsink), their supervision (stall detection, backoff) and the
 * decode timeline.
 */
package org.argusvms.recorder.ingest;
