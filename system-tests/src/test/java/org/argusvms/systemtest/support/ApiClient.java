package org.argusvms.systemtest.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** A plain HTTP client for the REST API and Keycloak, as an integrator would use them. */
public final class ApiClient {

    /** An HTTP answer: status, content type, body text and the headers (names in lower case). */
    public record Answer(int status, String contentType, String body, Map<String, List<String>> headers) {

        /** The first value of a header, or null. */
        public String header(String name) {
            List<String> values = headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
            return values.isEmpty() ? null : values.get(0);
        }

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray jsonArray() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String apiBase;
    private final String keycloakUrl;

    public ApiClient(String apiBase, String keycloakUrl) {
        this.apiBase = apiBase;
        this.keycloakUrl = keycloakUrl;
    }

    /** An access token for a realm user, from the API client with the password grant. */
    public String token(String username, String password) {
        String form = Map.of("grant_type", "password", "client_id", "argus-api", "username", username, "password", password)
                .entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Answer answer = send(HttpRequest.newBuilder(URI.create(keycloakUrl + "/realms/argus/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (answer.status() != 200) {
            throw new IllegalStateException("Keycloak refused a token for " + username + ": " + answer.status() + " " + answer.body());
        }
        return answer.json().getString("access_token");
    }

    public Answer get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Answer post(String path, String token, String contentType, String body) {
        return send(request(path, token).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Answer postJson(String path, String token, JsonObject body) {
        return post(path, token, "application/json", body.toString());
    }

    public Answer putJson(String path, String token, JsonObject body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A PUT based on the version in an {@code If-Match} header. */
    public Answer putJson(String path, String token, JsonObject body, String ifMatch) {
        return send(request(path, token).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A POST based on the version in an {@code If-Match} header. */
    public Answer postJson(String path, String token, JsonObject body, String ifMatch) {
        return send(request(path, token).header("Content-Type", "application/json").header("If-Match", ifMatch)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    /** A DELETE of the version in an {@code If-Match} header. */
    public Answer delete(String path, String token, String ifMatch) {
        return send(request(path, token).header("If-Match", ifMatch).DELETE());
    }

    /** A POST without body but with one extra header, e.g. {@code Idempotency-Key}. */
    public Answer postWithHeader(String path, String token, String headerName, String headerValue) {
        return send(request(path, token).header(headerName, headerValue).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Answer delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(apiBase + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, List<String>> headers = new TreeMap<>();
            response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
