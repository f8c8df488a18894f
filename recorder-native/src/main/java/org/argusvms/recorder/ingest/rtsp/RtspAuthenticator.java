package org.argusvms.recorder.ingest.rtsp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers a camera's 401 challenges: Digest (RFC 2617/7616 with MD5, qop=auth or none) when offered, else Basic.
 * Holds the credentials; nothing it returns or throws except the Authorization value itself contains them.
 */
final class RtspAuthenticator {

    /** Produces the Authorization header for one request. */
    interface Authorization {
        String header(String method, String uri);
    }

    private static final Pattern PARAMETER = Pattern.compile("([\\w-]+)\\s*=\\s*(?:\"([^\"]*)\"|([^,]*))");

    private final String user;
    private final String password;
    private final Supplier<String> clientNonces;

    RtspAuthenticator(String user, String password, Supplier<String> clientNonces) {
        this.user = user;
        this.password = password;
        this.clientNonces = clientNonces;
    }

    /**
     * Chooses how to answer the challenges of one 401 response.
     *
     * @throws RtspProtocolException if no scheme offered is supported
     */
    Authorization answer(List<String> challenges) throws RtspProtocolException {
        Authorization basic = null;
        for (String challenge : challenges) {
            String trimmed = challenge.strip();
            int space = trimmed.indexOf(' ');
            String scheme = (space < 0 ? trimmed : trimmed.substring(0, space)).toLowerCase(Locale.ROOT);
            if (scheme.equals("digest")) {
                Map<String, String> parameters = parameters(trimmed.substring(space + 1));
                String algorithm = parameters.getOrDefault("algorithm", "MD5");
                if (algorithm.equalsIgnoreCase("MD5") && parameters.containsKey("nonce")) {
                    return new Digest(parameters);
                }
            } else if (scheme.equals("basic")) {
                String token = Base64.getEncoder().encodeToString(
                        (user + ":" + password).getBytes(StandardCharsets.UTF_8));
                basic = (method, uri) -> "Basic " + token;
            }
        }
        if (basic == null) {
            throw new RtspProtocolException("camera asks for an authentication scheme the recorder does not support");
        }
        return basic;
    }

    /** Digest with one challenge's realm and nonce; counts its uses for qop=auth. */
    private final class Digest implements Authorization {
        private final String realm;
        private final String nonce;
        private final String opaque;
        private final boolean qopAuth;
        private int nonceCount;

        Digest(Map<String, String> challenge) {
            realm = challenge.getOrDefault("realm", "");
            nonce = challenge.get("nonce");
            opaque = challenge.get("opaque");
            String qop = challenge.get("qop");
            qopAuth = qop != null && List.of(qop.toLowerCase(Locale.ROOT).split("\\s*,\\s*")).contains("auth");
        }

        @Override
        public String header(String method, String uri) {
            String ha1 = md5Hex(user + ":" + realm + ":" + password);
            String ha2 = md5Hex(method + ":" + uri);
            StringBuilder header = new StringBuilder("Digest username=\"").append(user)
                    .append("\", realm=\"").append(realm)
                    .append("\", nonce=\"").append(nonce)
                    .append("\", uri=\"").append(uri).append('"');
            if (qopAuth) {
                String count = String.format("%08x", ++nonceCount);
                String clientNonce = clientNonces.get();
                header.append(", qop=auth, nc=").append(count).append(", cnonce=\"").append(clientNonce)
                        .append("\", response=\"")
                        .append(md5Hex(ha1 + ":" + nonce + ":" + count + ":" + clientNonce + ":auth:" + ha2));
            } else {
                header.append(", response=\"").append(md5Hex(ha1 + ":" + nonce + ":" + ha2));
            }
            header.append("\", algorithm=MD5");
            if (opaque != null) {
                header.append(", opaque=\"").append(opaque).append('"');
            }
            return header.toString();
        }
    }

    /** {@code name=value} pairs separated by commas; quoted values may contain commas. */
    static Map<String, String> parameters(String text) {
        Map<String, String> result = new HashMap<>();
        Matcher pair = PARAMETER.matcher(text);
        while (pair.find()) {
            result.put(pair.group(1).toLowerCase(Locale.ROOT), pair.group(2) != null ? pair.group(2)
                    : pair.group(3).strip());
        }
        return result;
    }

    static String md5Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has MD5", e);
        }
    }
}
