package org.argusvms.connector.api;

import org.argusvms.recorder.protocol.RecorderEvent;

/**
 * Message listener interface of the resource adapter's inbound side. The adapter acknowledges an event to the
 * recorder only after this method returned normally inside the endpoint's transaction; an exception makes the
 * recorder send the event again, so implementations must be idempotent on (recorderId, seq).
 */
public interface RecorderEventListener {

    void onRecorderEvent(RecorderEvent event);
}
