package org.argusvms.connector.api;

/**
 * Message listener interface for generic events: lines of text that external systems (access control, alarm panels,
 * scripts) send to the adapter's generic-event listener over TCP or UDP. Unlike recorder events these have no
 * sequence number and no acknowledgement: a message is delivered at most once, and one that a bean fails on is lost
 * (the sender sees nothing either way), so a bean should only throw for faults it cannot handle.
 */
public interface GenericEventListener {

    void onGenericEvent(GenericMessage message);
}
