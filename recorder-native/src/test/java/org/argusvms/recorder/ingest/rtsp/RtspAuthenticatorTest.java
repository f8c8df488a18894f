package org.argusvms.recorder.ingest.rtsp;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RtspAuthenticatorTest {

    private final RtspAuthenticator mufasa = new RtspAuthenticator("Mufasa", "Circle Of Life", () -> "0a4f113b");

    @Test
    void answersDigestWithQopAuthAsRfc2617sExample() throws Exception {
        RtspAuthenticator.Authorization digest = mufasa.answer(List.of("Digest realm=\"testrealm@host.com\", "
                + "qop=\"auth,auth-int\", nonce=\"dcd98b7102dd2f0e8b11d0f600bfb0c093\", "
                + "opaque=\"5ccc069c403ebaf9f0171e9517f40e41\""));

        Map<String, String> answer = parameters(digest.header("GET", "/dir/index.html"));

        assertEquals("6629fae49393a05397450978507c4ef1", answer.get("response"));
        assertEquals("00000001", answer.get("nc"));
        assertEquals("5ccc069c403ebaf9f0171e9517f40e41", answer.get("opaque"));
        assertEquals("00000002", parameters(digest.header("GET", "/dir/index.html")).get("nc"),
                "the nonce count goes up with every request");
    }

    @Test
    void answersDigestWithoutQopAndPrefersItToBasicWhicheverComesFirst() throws Exception {
        RtspAuthenticator.Authorization digest = mufasa.answer(List.of("Basic realm=\"cam\"",
                "Digest realm=\"cam\", nonce=\"abc\", algorithm=MD5"));

        Map<String, String> answer = parameters(digest.header("DESCRIBE", "rtsp://cam/1"));

        String ha1 = RtspAuthenticator.md5Hex("Mufasa:cam:Circle Of Life");
        String ha2 = RtspAuthenticator.md5Hex("DESCRIBE:rtsp://cam/1");
        assertEquals(RtspAuthenticator.md5Hex(ha1 + ":abc:" + ha2), answer.get("response"));
        assertFalse(answer.containsKey("qop"));
    }

    @Test
    void fallsBackToBasicWhenDigestUsesAnotherAlgorithm() throws Exception {
        RtspAuthenticator.Authorization basic = mufasa.answer(List.of(
                "Digest realm=\"cam\", nonce=\"abc\", algorithm=SHA-256", "Basic realm=\"cam\""));

        String header = basic.header("DESCRIBE", "rtsp://cam/1");

        assertEquals("Mufasa:Circle Of Life", new String(Base64.getDecoder().decode(header.substring(6)),
                StandardCharsets.UTF_8));
    }

    @Test
    void refusesUnknownSchemesWithoutNamingTheCredentials() {
        RtspProtocolException refused = assertThrows(RtspProtocolException.class,
                () -> mufasa.answer(List.of("Negotiate abc", "Digest realm=\"x\", algorithm=SHA-512-256, nonce=1")));

        assertFalse(refused.getMessage().contains("Circle"));
        assertFalse(refused.getMessage().contains("Mufasa"));
        assertTrue(refused.getMessage().contains("authentication"));
    }

    private static Map<String, String> parameters(String header) {
        assertTrue(header.startsWith("Digest "), header);
        return RtspAuthenticator.parameters(header.substring("Digest ".length()));
    }
}
