/**
 * Argus recorder control protocol, version 1: length-prefixed JSON frames over TCP between the resource adapter in
 * WildFly and the recorder processes. See {@code docs/design/recorder-protocol.md} for the normative description.
 */
package org.argusvms.recorder.protocol;
