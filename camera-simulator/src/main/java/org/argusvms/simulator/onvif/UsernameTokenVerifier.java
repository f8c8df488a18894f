package org.argusvms.simulator.onvif;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import org.argusvms.simulator.rtsp.Credentials;
import org.w3c.dom.Element;

/**
 * Checks the WS-Security UsernameToken of ONVIF requests: {@code PasswordDigest = Base64(SHA-1(nonce + created +
 * password))}. Plain-text passwords are refused (ONVIF devices must support the digest; the simulator accepts only
 * what a careful client sends). A token must be fresh, and a nonce counts once within the freshness window, so a
 * captured request cannot be replayed.
 */
final class UsernameTokenVerifier {

    static final Duration FRESHNESS = Duration.ofMinutes(5);
    private static final int MAX_REMEMBERED_NONCES = 10_000;

    private final Optional<Credentials> credentials;
    private final Clock clock;
    private final Set<String> recentNonces = new HashSet<>();
    private final Deque<String> nonceOrder = new ArrayDeque<>();

    UsernameTokenVerifier(Optional<Credentials> credentials, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
    }

    /** @throws SoapFault ter:NotAuthorized unless the request carries a valid token (or no credentials are set) */
    void verify(SoapRequest request) throws SoapFault {
        if (credentials.isEmpty()) {
            return;
        }
        Element token = request.security()
                .flatMap(security -> SoapRequest.child(security, Namespaces.WSSE, "UsernameToken"))
                .orElseThrow(SoapFault::notAuthorized);
        String user = text(token, Namespaces.WSSE, "Username");
        Element password = SoapRequest.child(token, Namespaces.WSSE, "Password").orElseThrow(SoapFault::notAuthorized);
        String nonce = text(token, Namespaces.WSSE, "Nonce");
        String created = text(token, Namespaces.WSU, "Created");
        if (!Namespaces.PASSWORD_DIGEST.equals(password.getAttribute("Type")) || !isFresh(created)) {
            throw SoapFault.notAuthorized();
        }
        byte[] expected = digest(nonce, created, credentials.get().password());
        byte[] presented = decode(password.getTextContent().trim());
        if (!credentials.get().user().equals(user) || !MessageDigest.isEqual(expected, presented)
                || !rememberNonce(nonce)) {
            throw SoapFault.notAuthorized();
        }
    }

    static byte[] digest(String nonceBase64, String created, String password) throws SoapFault {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(decode(nonceBase64));
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            return sha1.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-1", e);
        }
    }

    private boolean isFresh(String created) {
        try {
            Instant instant = Instant.parse(created);
            return Duration.between(instant, clock.instant()).abs().compareTo(FRESHNESS) <= 0;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** False when the nonce was used already; old nonces are forgotten beyond a bound (they are stale by then). */
    private synchronized boolean rememberNonce(String nonce) {
        if (!recentNonces.add(nonce)) {
            return false;
        }
        nonceOrder.addLast(nonce);
        if (nonceOrder.size() > MAX_REMEMBERED_NONCES) {
            recentNonces.remove(nonceOrder.removeFirst());
        }
        return true;
    }

    private static String text(Element parent, String namespace, String name) throws SoapFault {
        return SoapRequest.child(parent, namespace, name).map(element -> element.getTextContent().trim())
                .filter(value -> !value.isEmpty()).orElseThrow(SoapFault::notAuthorized);
    }

    private static byte[] decode(String base64) throws SoapFault {
        try {
            return Base64.getMimeDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw SoapFault.notAuthorized();
        }
    }
}
