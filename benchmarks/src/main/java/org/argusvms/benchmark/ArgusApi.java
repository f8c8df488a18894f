package org.argusvms.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

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

/**
 * The REST API and Keycloak as an integrator uses them: bearer tokens from the {@code argus-api} client (password
 * grant), renewed before they expire so that runs longer than a token's lifetime keep working.
 */
final class ArgusApi {

    /** An HTTP answer. */
    record Reply(int status, String body) {

        JsonStructure json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    private final HttpClient http;
    private final String apiBase;
    private final String keycloakUrl;
    private final String username;
    private final String password;
    private String token;
    private long tokenRenewAtNanos;

    ArgusApi(String apiBase, String keycloakUrl, String username, String password) {
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1).build();
        this.apiBase = apiBase;
        this.keycloakUrl = keycloakUrl;
        this.username = username;
        this.password = password;
    }

    String apiBase() {
        return apiBase;
    }

    /** The current access token, fetched anew once half its lifetime has passed. */
    synchronized String token() {
        if (token == null || System.nanoTime() - tokenRenewAtNanos > 0) {
            long requestedAt = System.nanoTime();
            JsonObject answer = login();
            token = answer.getString("access_token");
            tokenRenewAtNanos = requestedAt + Duration.ofSeconds(answer.getInt("expires_in", 60)).toNanos() / 2;
        }
        return token;
    }

    /** One password-grant login; throws if Keycloak refuses it. */
    JsonObject login() {
        Reply reply = send(loginRequest());
        if (reply.status() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + reply.status() + " " + reply.body());
        }
        return (JsonObject) reply.json();
    }

    HttpRequest loginRequest() {
        String form = "grant_type=password&client_id=argus-api&username=" + encode(username) + "&password=" + encode(password);
        return HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/argus/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    HttpRequest getRequest(String path) {
        return authorized(path).GET().build();
    }

    Reply get(String path) {
        return send(getRequest(path));
    }

    Reply postJson(String path, JsonObject body) {
        return send(authorized(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    Reply delete(String path) {
        return send(authorized(path).DELETE().build());
    }

    /** Sends and requires the status, else fails with the answer's text. */
    Reply expect(int status, Reply reply, String what) {
        if (reply.status() != status) {
            throw new IllegalStateException(what + " answered " + reply.status() + ": " + reply.body());
        }
        return reply;
    }

    Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(URI.create(apiBase + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
