package org.argusvms.benchmark;

/**
 * Where the running stack answers: WildFly's REST API and WebSocket, the generic-event listener, Keycloak, and the
 * PostgreSQL database (for counting stored events; null when the stack runs on H2).
 */
public record StackEndpoints(String host, int httpPort, int genericEventPort, int recorderEventPort, String keycloakUrl,
                             String databaseUrl) {

    /** The standard ports of the brief, shifted by {@code portOffset} as bin/lib/wildfly.sh shifts them. */
    public static StackEndpoints standard(int portOffset, String keycloakUrl, String databaseUrl) {
        return new StackEndpoints("127.0.0.1", 8080 + portOffset, 1234 + portOffset, 9000 + portOffset, keycloakUrl,
                databaseUrl);
    }

    public String apiBase() {
        return "http://" + host + ":" + httpPort + "/api/v1";
    }

    public String eventSocketUrl() {
        return "ws://" + host + ":" + httpPort + "/api/v1/events/ws";
    }

    ArgusApi api(String username, String password) {
        return new ArgusApi(apiBase(), keycloakUrl, username, password);
    }
}
