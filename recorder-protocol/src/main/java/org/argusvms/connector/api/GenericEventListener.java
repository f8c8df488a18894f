package org.argusvms.connector.api;

import java.util.List;

/**
 * Message listener interface for generic events: lines of text that external systems (access control, alarm panels,
 * scripts) send to the adapter's generic-event listener over TCP or UDP. Unlike recorder events these have no
 * sequence number and no acknowledgement: a message is delivered at most once, and one that a bean fails on is lost
 * (the sender sees nothing either way), so a bean should only throw for faults it cannot handle.
 */
public interface GenericEventListener {

    /**
     * Messages that arrived together (one read of a connection, or one round of datagrams), in arrival order, handled
     * in one transaction: a busy sender's lines share one commit instead of paying one each, while a lone message is
     * a batch of one. If the call fails for a batch of several, the adapter delivers them again one at a time, so one
     * message a bean cannot handle does not take the others with it.
     */
    void onGenericEvents(List<GenericMessage> messages);
}
