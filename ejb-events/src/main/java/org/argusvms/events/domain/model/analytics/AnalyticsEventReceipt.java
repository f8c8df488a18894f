package org.argusvms.events.domain.model.analytics;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Proof that a sender's analytics event (its {@code EventHeader/ID}) was stored, so that the same document sent again,
 * because the sender never read the first "OK", is not stored twice. Ids are the sender's, so they are kept per
 * sender address. Kept for {@link #RETENTION_DAYS} days.
 */
@Entity
@Table(name = "analytics_event_receipt")
@IdClass(AnalyticsEventReceipt.Key.class)
public class AnalyticsEventReceipt {

    /** How long a sender may take to resend a document and still have it recognised. */
    public static final int RETENTION_DAYS = 7;

    @Id
    @Column(name = "source_address")
    private String sourceAddress;

    @Id
    @Column(name = "sender_event_key")
    private String senderEventKey;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected AnalyticsEventReceipt() {
    }

    public AnalyticsEventReceipt(Key key, Instant receivedAt) {
        this.sourceAddress = key.sourceAddress;
        this.senderEventKey = key.senderEventKey;
        this.receivedAt = receivedAt;
    }

    /**
     * The composite primary key: the sender's address and the SHA-256 (hex) of its event id. An id may be up to 1000
     * characters, which no portable index takes; its digest always has 64. (A class, not a record: the provider sets
     * its fields.)
     */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String sourceAddress;
        private String senderEventKey;

        public Key() {
        }

        private Key(String sourceAddress, String senderEventKey) {
            this.sourceAddress = sourceAddress;
            this.senderEventKey = senderEventKey;
        }

        /** The key of the event {@code senderEventId} from {@code sourceAddress}; both are required. */
        public static Key of(String sourceAddress, String senderEventId) {
            Objects.requireNonNull(sourceAddress, "sourceAddress");
            Objects.requireNonNull(senderEventId, "senderEventId");
            return new Key(sourceAddress, sha256Hex(senderEventId));
        }

        public String sourceAddress() {
            return sourceAddress;
        }

        public String senderEventKey() {
            return senderEventKey;
        }

        private static String sha256Hex(String text) {
            try {
                return HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(sourceAddress, that.sourceAddress)
                    && Objects.equals(senderEventKey, that.senderEventKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sourceAddress, senderEventKey);
        }
    }
}
