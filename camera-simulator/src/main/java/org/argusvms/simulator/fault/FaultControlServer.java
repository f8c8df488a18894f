package org.argusvms.simulator.fault;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.argusvms.simulator.http.HttpResponses;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Fault control over HTTP, for scripts ({@code curl -X POST http://127.0.0.1:8555/faults/cam1/stall}):
 * <ul>
 *   <li>{@code GET /faults}: one line per camera, {@code cam1: stall, garbage}</li>
 *   <li>{@code POST /faults/<camera>/<fault>}: inject; {@code DELETE} the same path: clear</li>
 *   <li>{@code DELETE /faults/<camera>}: clear all of the camera's faults</li>
 * </ul>
 * Unknown cameras or faults get 404 and change nothing. Meant for loopback test rigs: no authentication.
 */
public final class FaultControlServer implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, CameraFaults> cameras;

    private FaultControlServer(HttpServer server, Map<String, CameraFaults> cameras) {
        this.server = server;
        this.cameras = new TreeMap<>(cameras);
    }

    public static FaultControlServer start(InetSocketAddress address, Map<String, CameraFaults> cameras)
            throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new IOException("cannot listen for fault control on " + address + ": " + e.getMessage(), e);
        }
        FaultControlServer control = new FaultControlServer(server, cameras);
        server.createContext("/faults", control::handle);
        server.start();
        return control;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().replaceAll("/+$", "").split("/");
            // "", "faults", camera?, fault?
            String method = exchange.getRequestMethod();
            if (parts.length == 2 && method.equals("GET")) {
                respond(exchange, 200, listing());
                return;
            }
            CameraFaults faults = parts.length >= 3 ? cameras.get(parts[2]) : null;
            if (faults == null) {
                respond(exchange, 404, "unknown camera; cameras are " + cameras.keySet() + "\n");
                return;
            }
            if (parts.length == 3 && method.equals("DELETE")) {
                faults.clearAll();
                respond(exchange, 200, line(faults));
                return;
            }
            if (parts.length != 4 || !(method.equals("POST") || method.equals("DELETE"))) {
                respond(exchange, 405, "use POST or DELETE /faults/<camera>/<fault>\n");
                return;
            }
            Fault fault;
            try {
                fault = Fault.parse(parts[3]);
            } catch (IllegalArgumentException e) {
                respond(exchange, 404, e.getMessage() + "\n");
                return;
            }
            if (method.equals("POST")) {
                faults.inject(fault);
            } else {
                faults.clear(fault);
            }
            respond(exchange, 200, line(faults));
        }
    }

    private String listing() {
        return cameras.values().stream().map(FaultControlServer::line).collect(Collectors.joining());
    }

    private static String line(CameraFaults faults) {
        return faults.cameraName() + ": " + faults.active().stream().map(Fault::optionName)
                .collect(Collectors.joining(", ")) + "\n";
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        HttpResponses.respond(exchange, status, HttpResponses.PLAIN_TEXT, body);
    }

    /** Stops at once; the port is free afterwards. */
    @Override
    public void close() {
        server.stop(0);
    }
}
