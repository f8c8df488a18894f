/**
 * The one message format of the log server's intake queue ({@value org.argusvms.recorder.protocol.log.LogMessage#QUEUE}),
 * shared by every component that writes system, audit or rule-triggered log entries. See docs/design/log-server.md.
 */
package org.argusvms.recorder.protocol.log;
