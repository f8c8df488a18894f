package org.argusvms.simulator.rtsp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * HTTP-style authentication as IP cameras do it: Basic (RFC 7617) and Digest (RFC 2617, MD5, with or without
 * qop=auth). Both are offered; rtspsrc and ffmpeg pick Digest.
 */
public final class RtspAuthenticator {

    static final String REALM = "Argus Camera Simulator";

    private final Optional<Credentials> credentials;
    private final String realm;
    private final String nonce;

    RtspAuthenticator(Optional<Credentials> credentials, String realm, String nonce) {
        this.credentials = credentials;
        this.realm = realm;
        this.nonce = nonce;
    }

    public static RtspAuthenticator none() {
        return new RtspAuthenticator(Optional.empty(), REALM, "");
    }

    public static RtspAuthenticator requiring(Credentials credentials, RandomGenerator random) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return new RtspAuthenticator(Optional.of(credentials), REALM, HexFormat.of().formatHex(nonce));
    }

    /** The WWW-Authenticate values of a 401 response, strongest first. */
    public List<String> challenges() {
        return List.of("Digest realm=\"" + realm + "\", nonce=\"" + nonce + "\", algorithm=MD5",
                "Basic realm=\"" + realm + "\"");
    }

    /** Also serves HTTP requests (the ONVIF snapshot): the schemes are HTTP's. */
    public boolean isAuthorized(String method, Optional<String> authorizationHeader) {
        if (credentials.isEmpty()) {
            return true;
        }
        if (authorizationHeader.isEmpty()) {
            return false;
        }
        String header = authorizationHeader.get().trim();
        int space = header.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String scheme = header.substring(0, space).toLowerCase(Locale.ROOT);
        String parameters = header.substring(space + 1).trim();
        return switch (scheme) {
            case "basic" -> isValidBasic(parameters, credentials.get());
            case "digest" -> isValidDigest(method, parseDigestParameters(parameters), credentials.get());
            default -> false;
        };
    }

    private static boolean isValidBasic(String encoded, Credentials expected) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            return false;
        }
        byte[] wanted = (expected.user() + ":" + expected.password()).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(decoded, wanted);
    }

    private boolean isValidDigest(String method, Map<String, String> digest, Credentials expected) {
        String response = digest.get("response");
        String uri = digest.get("uri");
        if (response == null || uri == null
                || !expected.user().equals(digest.get("username"))
                || !realm.equals(digest.get("realm"))
                || !nonce.equals(digest.get("nonce"))) {
            return false;
        }
        String ha1 = md5Hex(expected.user() + ":" + realm + ":" + expected.password());
        String ha2 = md5Hex(method + ":" + uri);
        String qop = digest.get("qop");
        String expectedResponse;
        if (qop == null) {
            expectedResponse = md5Hex(ha1 + ":" + nonce + ":" + ha2);
        } else if (qop.equals("auth") && digest.containsKey("nc") && digest.containsKey("cnonce")) {
            expectedResponse = md5Hex(ha1 + ":" + nonce + ":" + digest.get("nc") + ":" + digest.get("cnonce") + ":"
                    + qop + ":" + ha2);
        } else {
            return false;
        }
        return MessageDigest.isEqual(expectedResponse.getBytes(StandardCharsets.US_ASCII),
                response.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }

    /** {@code name=value} pairs separated by commas; values may be quoted and then contain commas. */
    static Map<String, String> parseDigestParameters(String parameters) {
        Map<String, String> result = new HashMap<>();
        int i = 0;
        int length = parameters.length();
        while (i < length) {
            while (i < length && (parameters.charAt(i) == ',' || Character.isWhitespace(parameters.charAt(i)))) {
                i++;
            }
            int equals = parameters.indexOf('=', i);
            if (equals < 0) {
                break;
            }
            String name = parameters.substring(i, equals).trim().toLowerCase(Locale.ROOT);
            i = equals + 1;
            String value;
            if (i < length && parameters.charAt(i) == '"') {
                int closingQuote = parameters.indexOf('"', i + 1);
                if (closingQuote < 0) {
                    break;
                }
                value = parameters.substring(i + 1, closingQuote);
                i = closingQuote + 1;
            } else {
                int comma = parameters.indexOf(',', i);
                int end = comma < 0 ? length : comma;
                value = parameters.substring(i, end).trim();
                i = end;
            }
            result.put(name, value);
        }
        return result;
    }

    private static String md5Hex(String text) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides MD5", e);
        }
    }
}
