package org.argusvms.simulator.onvif;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.argusvms.simulator.rtsp.Credentials;
import org.argusvms.simulator.rtsp.RtspAuthenticator;

import static org.argusvms.simulator.http.HttpResponses.PLAIN_TEXT;
import static org.argusvms.simulator.http.HttpResponses.respond;

/**
 * Serves every simulated camera as an ONVIF device over SOAP 1.2 / HTTP, as separate IP cameras would be:
 * {@code http://host:port/onvif/<camera>/device_service} (and {@code media_service}, {@code ptz_service}, the
 * snapshot at {@code snapshot.jpg}). SOAP operations other than ONVIF's PRE_AUTH ones need a WS-Security
 * UsernameToken digest of the camera credentials; the snapshot needs HTTP Basic or Digest, as on real cameras.
 * {@code GET .../state} (not ONVIF, no authentication, like the fault control endpoint) shows the PTZ position and
 * relay states, for tests that run the simulator as a separate process.
 */
public final class OnvifServer implements AutoCloseable {

    static final String DEVICE_SERVICE = "device_service";
    static final String MEDIA_SERVICE = "media_service";
    static final String PTZ_SERVICE = "ptz_service";
    static final String SNAPSHOT = "snapshot.jpg";
    /** Not ONVIF: the device's PTZ and relay state as text, for tests that run the simulator as a process. */
    static final String STATE = "state";
    private static final String SOAP_CONTENT_TYPE = "application/soap+xml; charset=utf-8";
    private static final Logger LOG = Logger.getLogger(OnvifServer.class.getName());
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.-]{1,253}|\\[[0-9A-Fa-f:.]{2,45}\\]");

    private final HttpServer server;
    private final ExecutorService executor;
    private final String urlHost;
    private final Map<String, OnvifDevice> devices;
    private final Map<String, OnvifService> services;
    private final UsernameTokenVerifier tokens;
    private final RtspAuthenticator snapshotAuthenticator;

    private OnvifServer(HttpServer server, ExecutorService executor, String urlHost, Map<String, OnvifDevice> devices,
                        UsernameTokenVerifier tokens, RtspAuthenticator snapshotAuthenticator, Clock clock) {
        this.server = server;
        this.executor = executor;
        this.urlHost = urlHost;
        this.devices = Map.copyOf(devices);
        this.services = Map.of(DEVICE_SERVICE, new DeviceService(clock), MEDIA_SERVICE, new MediaService(),
                PTZ_SERVICE, new PtzService(clock));
        this.tokens = tokens;
        this.snapshotAuthenticator = snapshotAuthenticator;
    }

    /**
     * @param urlHost               the host to put into service addresses, e.g. {@code 127.0.0.1}
     * @param credentials           what WS-Security tokens must prove; empty: requests need no authentication
     * @param snapshotAuthenticator HTTP authentication of the snapshot, the same as the RTSP server's
     */
    public static OnvifServer start(InetSocketAddress address, String urlHost, List<OnvifDevice> devices,
                                    Optional<Credentials> credentials, RtspAuthenticator snapshotAuthenticator,
                                    Clock clock) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(address, 0);
        } catch (IOException e) {
            throw new IOException("cannot listen for ONVIF on " + address + ": " + e.getMessage(), e);
        }
        ExecutorService executor = Executors.newFixedThreadPool(4, task -> {
            Thread thread = new Thread(task, "argus-sim-onvif");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        OnvifServer onvif = new OnvifServer(server, executor, urlHost,
                devices.stream().collect(Collectors.toMap(OnvifDevice::cameraName, Function.identity())),
                new UsernameTokenVerifier(credentials, clock), snapshotAuthenticator, clock);
        server.createContext("/onvif/", onvif::handle);
        server.start();
        return onvif;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The address of the camera's device service, which is all an ONVIF client needs to be told. */
    public String deviceServiceAddress(String cameraName) {
        return ServiceAddresses.of(urlHost, port(), 0, cameraName).device();
    }

    /** The camera's PTZ head and relay outputs, for tests to read. */
    public Optional<OnvifDevice> device(String cameraName) {
        return Optional.ofNullable(devices.get(cameraName));
    }

    /**
     * The host the client addressed (Host header), so that addresses work from wherever the client is; the
     * configured one when the header is absent or not a plain host name or IP literal.
     */
    private String requestHost(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Host");
        if (header == null) {
            return urlHost;
        }
        String host = header.startsWith("[") ? header.substring(0, header.indexOf(']') + 1)
                : header.replaceFirst(":\\d+$", "");
        return HOST.matcher(host).matches() ? host : urlHost;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String[] parts = exchange.getRequestURI().getPath().split("/"); // "", "onvif", camera, endpoint
            OnvifDevice device = parts.length == 4 ? devices.get(parts[2]) : null;
            if (device == null) {
                respond(exchange, 404, PLAIN_TEXT, "no such ONVIF device; cameras are "
                        + devices.keySet().stream().sorted().toList() + "\n");
            } else if (parts[3].equals(SNAPSHOT)) {
                snapshot(exchange, device);
            } else if (parts[3].equals(STATE) && exchange.getRequestMethod().equals("GET")) {
                respond(exchange, 200, PLAIN_TEXT, state(device));
            } else if (!services.containsKey(parts[3])) {
                respond(exchange, 404, PLAIN_TEXT, "no such ONVIF service\n");
            } else if (!exchange.getRequestMethod().equals("POST")) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, 405, PLAIN_TEXT, "SOAP requests are POSTed\n");
            } else {
                soap(exchange, services.get(parts[3]), device);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "ONVIF request failed", e);
            throw e;
        }
    }

    private void soap(HttpExchange exchange, OnvifService service, OnvifDevice device) throws IOException {
        String response;
        int status = 200;
        try {
            SoapRequest request = SoapRequest.read(exchange.getRequestBody());
            if (!service.namespace().equals(request.operationNamespace())) {
                throw SoapFault.actionNotSupported("{" + request.operationNamespace() + "}" + request.operationName());
            }
            if (!service.isPreAuthenticated(request.operationName())) {
                tokens.verify(request);
            }
            response = SoapEnvelope.wrap(service.handle(request, device, ServiceAddresses.of(
                    requestHost(exchange), port(), device.rtspPort(), device.cameraName())));
        } catch (SoapFault fault) {
            status = fault.httpStatus();
            response = fault.toEnvelope();
        }
        respond(exchange, status, SOAP_CONTENT_TYPE, response);
    }

    /** {@code ptz: pan=0.5000 tilt=-0.2500 zoom=0.2000 moving=false}, then {@code relay1: inactive} per output. */
    static String state(OnvifDevice device) {
        PtzState.Position position = device.ptz().position();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "ptz: pan=%.4f tilt=%.4f zoom=%.4f moving=%s%n", position.pan(), position.tilt(), position.zoom(),
                device.ptz().isMoving()));
        for (String relay : device.relays().tokens()) {
            text.append(relay).append(": ").append(device.relays().isActive(relay) ? "active" : "inactive")
                    .append('\n');
        }
        return text.toString();
    }

    private void snapshot(HttpExchange exchange, OnvifDevice device) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            respond(exchange, 405, PLAIN_TEXT, "use GET\n");
            return;
        }
        if (!snapshotAuthenticator.isAuthorized(method,
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")))) {
            snapshotAuthenticator.challenges().forEach(challenge ->
                    exchange.getResponseHeaders().add("WWW-Authenticate", challenge));
            respond(exchange, 401, PLAIN_TEXT, "authentication required\n");
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, method.equals("HEAD") ? -1 : device.snapshot().length);
        if (method.equals("GET")) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(device.snapshot());
            }
        }
    }

    /** Stops at once; the port is free afterwards. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
