package org.argusvms.recorder.onvif;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.random.RandomGenerator;

/**
 * The WS-Security UsernameToken ONVIF devices demand (ONVIF Core, "User-based access control"), with the password
 * sent only as {@code Base64(SHA-1(nonce + created + password))}, fresh nonce every time.
 */
final class UsernameToken {

    private static final String PASSWORD_DIGEST =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest";
    private static final String BASE64_BINARY =
            "http://docs.oasis-open.org/wss/2004/01/oasis-200401-soap-message-security-1.0#Base64Binary";

    private final String username;
    private final String password;
    private final RandomGenerator random;

    UsernameToken(String username, String password, RandomGenerator random) {
        this.username = username;
        this.password = password;
        this.random = random;
    }

    /** The {@code wsse:Security} header element, created at the device's time {@code created}. */
    String header(Instant created) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String createdText = created.truncatedTo(ChronoUnit.MILLIS).toString();
        return "<wsse:Security xmlns:wsse=\"" + OnvifNamespace.WSSE.uri() + "\" xmlns:wsu=\""
                + OnvifNamespace.WSU.uri() + "\" env:mustUnderstand=\"true\"><wsse:UsernameToken><wsse:Username>"
                + Soap.escape(username) + "</wsse:Username><wsse:Password Type=\"" + PASSWORD_DIGEST + "\">"
                + digest(nonce, createdText, password) + "</wsse:Password><wsse:Nonce EncodingType=\""
                + BASE64_BINARY + "\">" + Base64.getEncoder().encodeToString(nonce) + "</wsse:Nonce><wsu:Created>"
                + createdText + "</wsu:Created></wsse:UsernameToken></wsse:Security>";
    }

    static String digest(byte[] nonce, String created, String password) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(nonce);
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-1", e);
        }
    }
}
