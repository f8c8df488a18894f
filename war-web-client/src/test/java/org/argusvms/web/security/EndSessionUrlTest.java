package org.argusvms.web.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EndSessionUrlTest {

    private static final String END_SESSION = "http://localhost:8180/realms/argus/protocol/openid-connect/logout";

    @Test
    void sendsTheIdTokenAndTheWayBackEncoded() {
        assertEquals(END_SESSION + "?id_token_hint=eyJ.a.b&client_id=argus-web"
                        + "&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2Fargus%2F",
                EndSessionUrl.of(END_SESSION, "argus-web", "eyJ.a.b", "http://localhost:8080/argus/"));
    }

    @Test
    void withoutAnIdTokenTheClientIdIdentifiesTheApplication() {
        assertEquals(END_SESSION + "?client_id=argus-web&post_logout_redirect_uri=http%3A%2F%2Fh%2Fargus%2F",
                EndSessionUrl.of(END_SESSION, "argus-web", null, "http://h/argus/"));
    }

    @Test
    void keepsAQueryTheProviderAlreadyPutInItsEndpoint() {
        assertEquals("http://idp/logout?tenant=1&client_id=c&post_logout_redirect_uri=http%3A%2F%2Fh%2F",
                EndSessionUrl.of("http://idp/logout?tenant=1", "c", "", "http://h/"));
    }
}
