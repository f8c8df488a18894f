/**
 * The media port (default 7563, Undertow): live video over WebSocket behind media tickets, and /health.
 */
package org.argusvms.recorder.media;
