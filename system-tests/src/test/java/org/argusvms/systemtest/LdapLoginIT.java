package org.argusvms.systemtest;

import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusDeployment;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.KeycloakAdmin;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * "Login as an AD user": people from the corporate directory sign in with their directory password, and their
 * directory group decides their Argus role. The directory is a real OpenLDAP (bin/lib/ldap.sh) federated read-only by
 * the argus realm; LDAP group vms-operators → Keycloak group vms-operators → realm role operator.
 * alice is in vms-operators, bob is in the directory but in no Argus group.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ArgusStack.class)
class LdapLoginIT {

    private static final int LDAP_PORT = Integer.getInteger("argus.ldap.port", 10389);

    private final ApiClient api = ArgusStack.api();
    private final KeycloakAdmin keycloak = new KeycloakAdmin(ArgusStack.keycloakUrl(), "argus");

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ArgusDeployment.ear();
    }

    @BeforeAll
    static void directoryIsRunning() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", LDAP_PORT), 2000);
        } catch (IOException e) {
            fail("no LDAP directory on 127.0.0.1:" + LDAP_PORT + "; start it with bin/lib/ldap.sh start (bin/test does)");
        }
    }

    @Test
    void aDirectoryOperatorSignsInToTheWebClientWithTheDirectoryPassword() {
        try (BrowserSession browser = BrowserSession.start()) {
            browser.open(ArgusStack.webClientUrl());
            KeycloakLoginPage.await(browser, "argus").signIn("alice", "alice-password");

            WebClientPage page = WebClientPage.awaitSignedIn(browser, "alice");
            browser.screenshot("ldap-alice-camera-list");
            assertTrue(page.cameraNames().contains(ArgusStack.demoCameraName()), "cameras shown: " + page.cameraNames());
        }
    }

    @Test
    void aDirectoryOperatorGetsAnApiTokenAndListsTheCameras() {
        String token = api.token("alice", "alice-password");

        Answer cameras = api.get("/cameras", token);
        assertEquals(200, cameras.status(), cameras.body());
        assertTrue(cameraNames(cameras).contains(ArgusStack.demoCameraName()), cameras.body());

        String alice = keycloak.user("alice").orElseThrow().getString("id");
        assertEquals(List.of("vms-operators"), keycloak.groups(alice), "alice's LDAP group, seen by Keycloak");
        assertTrue(keycloak.effectiveRealmRoles(alice).contains("operator"), "operator through the group");
    }

    @Test
    void aDirectoryUserOutsideTheOperatorsGroupSeesNoCamera() {
        String token = api.token("bob", "bob-password");   // the directory knows bob: he may sign in

        Answer cameras = api.get("/cameras", token);
        assertTrue(cameras.status() == 403 || cameras.status() == 200 && cameraNames(cameras).isEmpty(),
                "bob holds no Argus role, yet got " + cameras.status() + " " + cameras.body());
        String bob = keycloak.user("bob").orElseThrow().getString("id");
        assertFalse(keycloak.effectiveRealmRoles(bob).contains("operator"));
    }

    @Test
    void theDirectoryPasswordIsChecked() {
        assertThrows(IllegalStateException.class, () -> api.token("alice", "not-alices-password"));
    }

    private static List<String> cameraNames(Answer cameras) {
        return cameras.jsonArray().stream().map(JsonValue::asJsonObject).map(camera -> camera.getString("name")).toList();
    }
}
