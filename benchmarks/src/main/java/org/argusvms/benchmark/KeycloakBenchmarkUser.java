package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

/**
 * A realm user of its own for the login benchmark, made through Keycloak's admin API (master realm bootstrap admin)
 * and deleted afterwards: hundreds of logins must not touch the shared demo users, whose brute-force counters
 * other tests rely on.
 */
final class KeycloakBenchmarkUser implements AutoCloseable {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String keycloakUrl;
    private final String username = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    private final String password = UUID.randomUUID().toString();
    private final String id;

    KeycloakBenchmarkUser(String keycloakUrl) throws Exception {
        this.keycloakUrl = keycloakUrl;
        JsonObject user = Json.createObjectBuilder().add("username", username).add("enabled", true)
                .add("emailVerified", true).add("firstName", "Benchmark").add("lastName", "User")
                .add("email", username + "@bench.invalid")
                .add("credentials", Json.createArrayBuilder().add(Json.createObjectBuilder().add("type", "password")
                        .add("value", password).add("temporary", false))).build();
        HttpResponse<String> created = send(admin("/users").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(user.toString())), 201);
        String location = created.headers().firstValue("Location").orElseThrow();
        id = location.substring(location.lastIndexOf('/') + 1);
        String operatorRole = send(admin("/roles/operator").GET(), 200).body();
        send(admin("/users/" + id + "/role-mappings/realm").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[" + operatorRole + "]")), 204);
    }

    ArgusApi api(String apiBase) {
        return new ArgusApi(apiBase, keycloakUrl, username, password);
    }

    @Override
    public void close() throws Exception {
        send(admin("/users/" + id).DELETE(), 204);
    }

    private HttpRequest.Builder admin(String path) throws Exception {
        return HttpRequest.newBuilder(URI.create(keycloakUrl + "/admin/realms/argus" + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + adminToken());
    }

    private String adminToken() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(System.getProperty("argus.keycloak.admin.password", "admin"), StandardCharsets.UTF_8);
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)), 200);
        return Json.createReader(new StringReader(answer.body())).readObject().getString("access_token");
    }

    private HttpResponse<String> send(HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException("Keycloak admin API: " + request.build().uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return response;
    }
}
