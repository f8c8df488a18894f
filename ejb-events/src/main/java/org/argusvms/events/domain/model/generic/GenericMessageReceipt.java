package org.argusvms.events.domain.model.generic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Proof that a generic message carrying a sender's message id (the acknowledged TCP port) was processed, so that the
 * same message sent again, because its acknowledgement was lost, is not stored twice. Ids are the sender's, so they
 * are kept per sender address. Kept for {@link #RETENTION_DAYS} days.
 */
@Entity
@Table(name = "generic_message_receipt")
@IdClass(GenericMessageReceipt.Key.class)
public class GenericMessageReceipt {

    /** How long a sender may take to resend a message and still have it recognised. */
    public static final int RETENTION_DAYS = 7;

    @Id
    @Column(name = "source_address")
    private String sourceAddress;

    @Id
    @Column(name = "message_id")
    private String messageId;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected GenericMessageReceipt() {
    }

    public GenericMessageReceipt(String sourceAddress, String messageId, Instant receivedAt) {
        this.sourceAddress = sourceAddress;
        this.messageId = messageId;
        this.receivedAt = receivedAt;
    }

    /** The composite primary key (a class, not a record: the provider sets its fields). */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String sourceAddress;
        private String messageId;

        public Key() {
        }

        public Key(String sourceAddress, String messageId) {
            this.sourceAddress = sourceAddress;
            this.messageId = messageId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(sourceAddress, that.sourceAddress)
                    && Objects.equals(messageId, that.messageId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sourceAddress, messageId);
        }
    }
}
