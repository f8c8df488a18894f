package org.argusvms.systemtest;

import jakarta.json.JsonObject;
import org.argusvms.systemtest.support.ArgusDeployment;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.argusvms.systemtest.support.KeycloakAdmin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Login with an external IDP": a partner organisation's user signs in at the partner's own identity provider and
 * arrives in Argus with the role the partner's token claims: {@code vms_role=operator} maps to the realm role
 * operator. The partner is the realm {@code partner} of the same Keycloak, brokered over OIDC exactly as a separate
 * server would be (front channel through the browser, back channel for the code-to-token exchange).
 * pat carries the claim; sam, also a partner user, does not.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ArgusStack.class)
class ExternalIdpLoginIT {

    private final KeycloakAdmin argusRealm = new KeycloakAdmin(ArgusStack.keycloakUrl(), "argus");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ArgusDeployment.ear();
    }

    /** Every run exercises the first login, which creates the Argus account, even against a reused Keycloak. */
    @BeforeEach
    void forgetPartnerUsers() {
        for (String username : List.of("pat", "sam")) {
            argusRealm.user(username).ifPresent(user -> argusRealm.deleteUser(user.getString("id")));
        }
    }

    @Test
    void aPartnerUserWithTheOperatorClaimArrivesAsAnOperator() {
        try (BrowserSession browser = BrowserSession.start()) {
            signInAtPartner(browser, "pat", "pat-password");

            WebClientPage page = WebClientPage.awaitSignedIn(browser, "pat");
            browser.screenshot("idp-pat-camera-list");
            assertTrue(page.cameraNames().contains(ArgusStack.demoCameraName()), "cameras shown: " + page.cameraNames());
        }

        JsonObject pat = argusRealm.user("pat").orElseThrow(() -> new AssertionError("first login created no user pat"));
        String id = pat.getString("id");
        assertEquals(List.of("partner"), argusRealm.identityProviderLinks(id));
        assertEquals("pat@partner.test", pat.getString("email"), "profile taken from the partner's token");
        assertTrue(argusRealm.effectiveRealmRoles(id).contains("operator"), "vms_role=operator mapped to the realm role");
    }

    @Test
    void aPartnerUserWithoutTheClaimGetsNoArgusRole() {
        try (BrowserSession browser = BrowserSession.start()) {
            signInAtPartner(browser, "sam", "sam-password");
            WebClientPage page = WebClientPage.awaitSignedIn(browser, "sam");
            browser.screenshot("idp-sam-camera-list");
            assertEquals(List.of(), page.cameraNames(), "sam may watch no camera");
        }

        String id = Await.until("user sam created by the first login", Duration.ofSeconds(10),
                () -> argusRealm.user("sam").map(user -> user.getString("id")).orElse(null));
        assertEquals(List.of("partner"), argusRealm.identityProviderLinks(id));
        assertFalse(argusRealm.effectiveRealmRoles(id).contains("operator"), "no claim, no operator role");
    }

    private static void signInAtPartner(BrowserSession browser, String username, String password) {
        browser.open(ArgusStack.webClientUrl());
        KeycloakLoginPage argusLogin = KeycloakLoginPage.await(browser, "argus");
        browser.screenshot("idp-argus-login-" + username);
        argusLogin.chooseIdentityProvider("partner");
        KeycloakLoginPage partnerLogin = KeycloakLoginPage.await(browser, "partner");
        browser.screenshot("idp-partner-login-" + username);
        partnerLogin.signIn(username, password);
    }
}
