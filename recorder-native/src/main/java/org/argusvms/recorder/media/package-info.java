/**
 * The media port (default 7563, Undertow): live video over WebSocket, the recorded spans of a time range and MP4
 * export, all behind media tickets, and /health.
 */
package org.argusvms.recorder.media;
