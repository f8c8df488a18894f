package org.argusvms.systemtest.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Keycloak's admin REST API as the master realm's bootstrap admin ({@code -Dargus.keycloak.admin}, default
 * admin/admin, as bin/lib/keycloak.sh creates it): what an administrator would look up in the admin console.
 */
public final class KeycloakAdmin {

    private static final String USERNAME = System.getProperty("argus.keycloak.admin", "admin");
    private static final String PASSWORD = System.getProperty("argus.keycloak.admin.password", "admin");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String keycloakUrl;
    private final String realm;

    public KeycloakAdmin(String keycloakUrl, String realm) {
        this.keycloakUrl = keycloakUrl;
        this.realm = realm;
    }

    /** The user's representation, if the realm has a user with exactly this username. */
    public Optional<JsonObject> user(String username) {
        JsonArray found = (JsonArray) call(get("/users?exact=true&username=" + encode(username)), 200);
        return found.stream().map(JsonValue::asJsonObject)
                .filter(user -> username.equals(user.getString("username")))
                .findFirst();
    }

    public void deleteUser(String userId) {
        call(request("/users/" + userId).DELETE(), 204);
    }

    /**
     * Creates a realm role and a user holding it (password not temporary, profile complete, so they can sign in
     * at once, by form or password grant); returns the user's id. The role name is the claim VMS roles list.
     */
    public String createUserWithRealmRole(String username, String password, String realmRole) {
        call(request("/roles").POST(json(Json.createObjectBuilder().add("name", realmRole).build())), 201);
        call(request("/users").POST(json(Json.createObjectBuilder()
                .add("username", username).add("enabled", true).add("emailVerified", true)
                .add("email", username + "@argus.invalid").add("firstName", "Test").add("lastName", username)
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("type", "password").add("value", password).add("temporary", false)))
                .build())), 201);
        String userId = user(username).orElseThrow().getString("id");
        JsonObject role = (JsonObject) call(get("/roles/" + encode(realmRole)), 200);
        call(request("/users/" + userId + "/role-mappings/realm").POST(json(Json.createArrayBuilder().add(role).build())),
                204);
        return userId;
    }

    public void deleteRealmRole(String realmRole) {
        call(request("/roles/" + encode(realmRole)).DELETE(), 204);
    }

    /** Names of the realm roles the user holds, directly or through groups and composite roles. */
    public List<String> effectiveRealmRoles(String userId) {
        return names((JsonArray) call(get("/users/" + userId + "/role-mappings/realm/composite"), 200), "name");
    }

    /** Aliases of the identity providers the user is linked to. */
    public List<String> identityProviderLinks(String userId) {
        return names((JsonArray) call(get("/users/" + userId + "/federated-identity"), 200), "identityProvider");
    }

    /** Names of the groups the user is a member of (for federated users, as the LDAP group mapper reports them). */
    public List<String> groups(String userId) {
        return names((JsonArray) call(get("/users/" + userId + "/groups"), 200), "name");
    }

    private static List<String> names(JsonArray array, String field) {
        return array.stream().map(value -> value.asJsonObject().getString(field)).sorted().toList();
    }

    private static HttpRequest.BodyPublisher json(JsonStructure body) {
        return HttpRequest.BodyPublishers.ofString(body.toString());
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/" + realm + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + adminToken());
    }

    /** A fresh token per call: admin-cli tokens live one minute, longer than any single call here. */
    private String adminToken() {
        String form = "grant_type=password&client_id=admin-cli&username=" + encode(USERNAME) + "&password=" + encode(PASSWORD);
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return ((JsonObject) send(request, 200)).getString("access_token");
    }

    private JsonStructure call(HttpRequest.Builder request, int expectedStatus) {
        return send(request.build(), expectedStatus);
    }

    private JsonStructure send(HttpRequest request, int expectedStatus) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expectedStatus) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            if (response.body().isBlank()) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            try (var reader = Json.createReader(new StringReader(response.body()))) {
                return reader.read();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
