/**
 * The control port (default 9001): command connections from the management server's resource adapter, as specified
 * in docs/design/recorder-protocol.md.
 */
package org.argusvms.recorder.control;
