package org.argusvms.recorder.protocol;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

/**
 * A short-lived, HMAC-SHA256-signed permission to receive one camera's media from a recorder. The API gateway issues
 * it after checking the caller's rights; the recorder verifies it offline with the key it received in the welcome
 * frame, so media never flows through WildFly and the recorder needs no user database.
 *
 * <p>Format: {@code base64url(cameraId|subject|expiryEpochSeconds) "." base64url(hmac)}.
 */
public final class MediaTicket {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private MediaTicket() {
    }

    public static String issue(byte[] key, String cameraId, String subject, Instant expiresAt) {
        if (cameraId.contains("|") || subject.contains("|")) {
            throw new IllegalArgumentException("camera id and subject must not contain '|'");
        }
        String payload = cameraId + "|" + subject + "|" + expiresAt.getEpochSecond();
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payloadBytes) + "." + ENCODER.encodeToString(sign(key, payloadBytes));
    }

    /**
     * Returns the subject the ticket was issued to.
     *
     * @throws SecurityException if the ticket is malformed, forged, expired or for another camera
     */
    public static String verify(byte[] key, String ticket, String cameraId, Instant now) {
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
        String[] parts = new String(payload, StandardCharsets.UTF_8).split("\\|", -1);
        if (parts.length != 3) {
            throw new SecurityException("malformed media ticket");
        }
        if (!parts[0].equals(cameraId)) {
            throw new SecurityException("media ticket is for another camera");
        }
        long expiry;
        try {
            expiry = Long.parseLong(parts[2]);
        } catch (NumberFormatException e) {
            throw new SecurityException("malformed media ticket");
        }
        if (now.getEpochSecond() >= expiry) {
            throw new SecurityException("media ticket expired");
        }
        return parts[1];
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
