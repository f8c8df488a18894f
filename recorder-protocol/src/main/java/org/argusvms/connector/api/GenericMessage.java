package org.argusvms.connector.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * One generic event as received by the adapter.
 *
 * @param sourceAddress the sender's IP address as text (no port: senders use ephemeral ports)
 * @param transport     how it arrived
 * @param receivedAt    when the adapter read it completely
 * @param text          the message, decoded as UTF-8, without the line terminator (and without a message id)
 * @param messageId     the sender's id for the message, or null; only acknowledged TCP carries one. A sender that
 *                      resends a message whose acknowledgement it missed uses the same id, so the event server can
 *                      recognise the repeat
 */
public record GenericMessage(String sourceAddress, Transport transport, Instant receivedAt, String text,
                             String messageId) implements Serializable {

    /** The socket a generic event came in on. */
    public enum Transport {
        TCP, UDP,
        /** The acknowledged TCP port (seed 1235): each message is answered after the beans returned. */
        TCP_ACK
    }

    public GenericMessage {
        Objects.requireNonNull(sourceAddress, "sourceAddress");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(text, "text");
    }

    /** A message without a sender's id (TCP 1234, UDP). */
    public GenericMessage(String sourceAddress, Transport transport, Instant receivedAt, String text) {
        this(sourceAddress, transport, receivedAt, text, null);
    }
}
