package org.argusvms.simulator.rtsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RtspAuthenticatorTest {

    /** The worked example of RFC 2617 section 3.5. */
    private final RtspAuthenticator rfc2617 = new RtspAuthenticator(
            Optional.of(new Credentials("Mufasa", "Circle Of Life")), "testrealm@host.com",
            "dcd98b7102dd2f0e8b11d0f600bfb0c093");

    @Test
    void acceptsTheRfc2617DigestExample() {
        String authorization = "Digest username=\"Mufasa\", realm=\"testrealm@host.com\","
                + " nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", uri=\"/dir/index.html\", qop=auth, nc=00000001,"
                + " cnonce=\"0a4f113b\", response=\"6629fae49393a05397450978507c4ef1\","
                + " opaque=\"5ccc069c403ebaf9f0171e9517f40e41\"";

        assertTrue(rfc2617.isAuthorized("GET", Optional.of(authorization)));
        assertFalse(rfc2617.isAuthorized("POST", Optional.of(authorization)), "the method is part of the digest");
        assertFalse(rfc2617.isAuthorized("GET", Optional.of(authorization.replace("6629fae4", "6629fae5"))));
        assertFalse(rfc2617.isAuthorized("GET", Optional.of(authorization.replace("dcd98b71", "dcd98b72"))),
                "a nonce this server did not issue");
    }

    @Test
    void acceptsBasicOnlyWithTheRightPassword() {
        assertTrue(rfc2617.isAuthorized("DESCRIBE", Optional.of(basic("Mufasa:Circle Of Life"))));
        assertFalse(rfc2617.isAuthorized("DESCRIBE", Optional.of(basic("Mufasa:circle of life"))));
        assertFalse(rfc2617.isAuthorized("DESCRIBE", Optional.of(basic("Simba:Circle Of Life"))));
        assertFalse(rfc2617.isAuthorized("DESCRIBE", Optional.of("Basic !!not-base64!!")));
        assertFalse(rfc2617.isAuthorized("DESCRIBE", Optional.of("Bearer token")));
        assertFalse(rfc2617.isAuthorized("DESCRIBE", Optional.empty()));
    }

    @Test
    void offersDigestThenBasic() {
        assertEquals(2, rfc2617.challenges().size());
        assertTrue(rfc2617.challenges().get(0).startsWith("Digest realm=\"testrealm@host.com\", nonce=\"dcd98b71"));
        assertEquals("Basic realm=\"testrealm@host.com\"", rfc2617.challenges().get(1));
    }

    @Test
    void withoutCredentialsEverythingIsAuthorized() {
        assertTrue(RtspAuthenticator.none().isAuthorized("DESCRIBE", Optional.empty()));
    }

    @Test
    void credentialsNeverPrintTheirPassword() {
        assertFalse(new Credentials("admin", "hunter2").toString().contains("hunter2"));
    }

    private static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }
}
