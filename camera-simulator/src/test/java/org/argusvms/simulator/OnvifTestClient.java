package org.argusvms.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

/** Posts ONVIF SOAP 1.2 requests as a client would, with or without a WS-Security UsernameToken digest. */
final class OnvifTestClient {

    static final String DEVICE = "http://www.onvif.org/ver10/device/wsdl";
    static final String MEDIA = "http://www.onvif.org/ver10/media/wsdl";
    static final String PTZ = "http://www.onvif.org/ver20/ptz/wsdl";
    static final String SCHEMA = "http://www.onvif.org/ver10/schema";
    private static final String OASIS = "http://docs.oasis-open.org/wss/2004/01/";

    private final HttpClient http = HttpClient.newHttpClient();
    private final SecureRandom random = new SecureRandom();
    private final String user;
    private final String password;

    /** @param user null: requests carry no security header */
    OnvifTestClient(String user, String password) {
        this.user = user;
        this.password = password;
    }

    HttpResponse<String> call(String address, String operation) throws IOException, InterruptedException {
        return post(address, envelope(header(nonce(), Instant.now()), operation));
    }

    HttpResponse<String> post(String address, String envelope) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(address))
                .header("Content-Type", "application/soap+xml; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(envelope)).build(), HttpResponse.BodyHandlers.ofString());
    }

    String envelope(String header, String operation) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\" xmlns:tds=\"" + DEVICE
                + "\" xmlns:trt=\"" + MEDIA + "\" xmlns:tptz=\"" + PTZ + "\" xmlns:tt=\"" + SCHEMA + "\">"
                + "<s:Header>" + header + "</s:Header><s:Body>" + operation + "</s:Body></s:Envelope>";
    }

    String nonce() {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        return Base64.getEncoder().encodeToString(nonce);
    }

    /** The WS-Security header for this nonce and creation time; empty without a user. */
    String header(String nonce, Instant created) {
        if (user == null) {
            return "";
        }
        String createdText = created.truncatedTo(ChronoUnit.MILLIS).toString();
        return "<wsse:Security xmlns:wsse=\"" + OASIS + "oasis-200401-wss-wssecurity-secext-1.0.xsd\""
                + " xmlns:wsu=\"" + OASIS + "oasis-200401-wss-wssecurity-utility-1.0.xsd\">"
                + "<wsse:UsernameToken><wsse:Username>" + user + "</wsse:Username>"
                + "<wsse:Password Type=\"" + OASIS + "oasis-200401-wss-username-token-profile-1.0#PasswordDigest\">"
                + digest(nonce, createdText) + "</wsse:Password>"
                + "<wsse:Nonce EncodingType=\"" + OASIS + "oasis-200401-soap-message-security-1.0#Base64Binary\">"
                + nonce + "</wsse:Nonce><wsu:Created>" + createdText + "</wsu:Created></wsse:UsernameToken>"
                + "</wsse:Security>";
    }

    private String digest(String nonce, String created) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(Base64.getDecoder().decode(nonce));
            sha1.update(created.getBytes(StandardCharsets.UTF_8));
            sha1.update(password.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(sha1.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
