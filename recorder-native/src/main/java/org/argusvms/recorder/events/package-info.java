/**
 * The event connection to the management server (default port 9000): registration, at-least-once delivery of
 * numbered events, heartbeats and reconnects.
 */
package org.argusvms.recorder.events;
