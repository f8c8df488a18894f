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
 * @param text          the message, decoded as UTF-8, without the line terminator
 */
public record GenericMessage(String sourceAddress, Transport transport, Instant receivedAt, String text)
        implements Serializable {

    /** The socket a generic event came in on. */
    public enum Transport { TCP, UDP }

    public GenericMessage {
        Objects.requireNonNull(sourceAddress, "sourceAddress");
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(text, "text");
    }
}
