package org.argusvms.simulator.http;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Complete answers for the simulator's small HTTP endpoints (fault control, ONVIF). */
public final class HttpResponses {

    public static final String PLAIN_TEXT = "text/plain; charset=utf-8";

    private HttpResponses() {
    }

    /** Sends status, content type and the whole body (UTF-8), then ends the response. */
    public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
