package org.argusvms.web;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** How the web client's JSON endpoints answer the page's scripts. */
public final class JsonReply {

    private JsonReply() {
    }

    /** Writes {@code json} with {@code status}; never cached, since answers are personal (tickets, the user's views). */
    public static void send(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json);
    }
}
