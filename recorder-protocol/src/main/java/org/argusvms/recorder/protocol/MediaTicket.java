package org.argusvms.recorder.protocol;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

/**
 * A short-lived, HMAC-SHA256-signed permission to receive one camera's media from a recorder for one
 * {@link Purpose}. The API gateway issues it after checking the caller's rights; the recorder verifies it offline with
 * the key it received in the welcome frame, so media never flows through WildFly and the recorder needs no user
 * database.
 *
 * <p>Format: {@code base64url("v2"|purpose|cameraId|subject|expiryEpochSeconds) "." base64url(hmac)}. Version 1
 * tickets ({@code cameraId|subject|expiry}, issued before purposes existed) still verify, as live tickets: that is
 * all they were ever issued for.
 */
public final class MediaTicket {

    /**
     * What the ticket admits to; each is granted by its own right, so one must not open the others' routes. The
     * {@code _AUDIO} purposes are issued instead of their base to callers who may also listen (AUDIO_LISTEN): they
     * admit wherever their base does, and routes that serve sound serve it only to them.
     */
    public enum Purpose {
        /** The live WebSocket stream. */
        LIVE,
        /** The live WebSocket stream with the camera's sound. */
        LIVE_AUDIO,
        /** The recordings listing and recorded video viewed in place. */
        PLAYBACK,
        /** Recorded video viewed in place, with its sound. */
        PLAYBACK_AUDIO,
        /** Downloading recorded video as a file (which also needs the listing). */
        EXPORT,
        /** Downloading recorded video with its sound. */
        EXPORT_AUDIO;

        /** The purpose without sound that this one extends (itself for those). */
        public Purpose base() {
            return switch (this) {
                case LIVE_AUDIO -> LIVE;
                case PLAYBACK_AUDIO -> PLAYBACK;
                case EXPORT_AUDIO -> EXPORT;
                default -> this;
            };
        }

        /** Whether the caller may hear the camera. */
        public boolean withAudio() {
            return base() != this;
        }

        /** This purpose, or its variant with sound when {@code audio}. */
        public Purpose withAudio(boolean audio) {
            if (!audio) {
                return base();
            }
            return switch (base()) {
                case LIVE -> LIVE_AUDIO;
                case PLAYBACK -> PLAYBACK_AUDIO;
                default -> EXPORT_AUDIO;
            };
        }

        String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        static Purpose fromWire(String wire) {
            for (Purpose purpose : values()) {
                if (purpose.wireName().equals(wire)) {
                    return purpose;
                }
            }
            throw new SecurityException("malformed media ticket");
        }
    }

    private static final String VERSION_2 = "v2";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private MediaTicket() {
    }

    /** A live ticket; kept for callers that predate purposes. */
    public static String issue(byte[] key, String cameraId, String subject, Instant expiresAt) {
        return issue(key, Purpose.LIVE, cameraId, subject, expiresAt);
    }

    public static String issue(byte[] key, Purpose purpose, String cameraId, String subject, Instant expiresAt) {
        if (cameraId.contains("|") || subject.contains("|")) {
            throw new IllegalArgumentException("camera id and subject must not contain '|'");
        }
        String payload = String.join("|", VERSION_2, purpose.wireName(), cameraId, subject,
                Long.toString(expiresAt.getEpochSecond()));
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payloadBytes) + "." + ENCODER.encodeToString(sign(key, payloadBytes));
    }

    /** Verifies a live ticket; see {@link #verify(byte[], String, String, Set, Instant)}. */
    public static String verify(byte[] key, String ticket, String cameraId, Instant now) {
        return verify(key, ticket, cameraId, Set.of(Purpose.LIVE), now);
    }

    /**
     * Returns the subject the ticket was issued to.
     *
     * @param accepted the purposes that admit to the route being asked for
     * @throws SecurityException if the ticket is malformed, forged, expired, for another camera or for a purpose
     *                           not among {@code accepted}
     */
    public static String verify(byte[] key, String ticket, String cameraId, Set<Purpose> accepted, Instant now) {
        return verifiedClaims(key, ticket, cameraId, accepted, now).subject;
    }

    /**
     * Like {@link #verify(byte[], String, String, Set, Instant)}, but tells which of the accepted purposes the
     * ticket was issued for, for routes that serve more to some purposes (live with or without sound).
     */
    public static Purpose verifiedPurpose(byte[] key, String ticket, String cameraId, Set<Purpose> accepted,
                                          Instant now) {
        return verifiedClaims(key, ticket, cameraId, accepted, now).purpose;
    }

    private static Claims verifiedClaims(byte[] key, String ticket, String cameraId, Set<Purpose> accepted,
                                         Instant now) {
        if (ticket == null) {
            throw new SecurityException("no media ticket");
        }
        int dot = ticket.indexOf('.');
        if (dot <= 0) {
            throw new SecurityException("malformed media ticket");
        }
        byte[] payload;
        byte[] signature;
        try {
            payload = DECODER.decode(ticket.substring(0, dot));
            signature = DECODER.decode(ticket.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw new SecurityException("malformed media ticket");
        }
        if (!MessageDigest.isEqual(sign(key, payload), signature)) {
            throw new SecurityException("media ticket signature invalid");
        }
        Claims claims = Claims.parse(new String(payload, StandardCharsets.UTF_8));
        if (!claims.cameraId.equals(cameraId)) {
            throw new SecurityException("media ticket is for another camera");
        }
        if (!accepted.contains(claims.purpose) && !accepted.contains(claims.purpose.base())) {
            throw new SecurityException("media ticket is for " + claims.purpose.wireName() + ", not for this request");
        }
        if (now.getEpochSecond() >= claims.expiry) {
            throw new SecurityException("media ticket expired");
        }
        return claims;
    }

    private record Claims(Purpose purpose, String cameraId, String subject, long expiry) {

        static Claims parse(String payload) {
            String[] parts = payload.split("\\|", -1);
            try {
                if (parts.length == 5 && parts[0].equals(VERSION_2)) {
                    return new Claims(Purpose.fromWire(parts[1]), parts[2], parts[3], Long.parseLong(parts[4]));
                }
                if (parts.length == 3) {
                    return new Claims(Purpose.LIVE, parts[0], parts[1], Long.parseLong(parts[2]));
                }
            } catch (NumberFormatException e) {
                throw new SecurityException("malformed media ticket");
            }
            throw new SecurityException("malformed media ticket");
        }
    }

    private static byte[] sign(byte[] key, byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
