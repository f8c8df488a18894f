package org.argusvms.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;

import org.argusvms.simulator.RtspTestClient.Response;
import org.argusvms.simulator.fault.CameraFaults;
import org.argusvms.simulator.fault.Fault;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The RTSP side of each fault, as a client sees it on the wire, and the HTTP control endpoint. */
class FaultInjectionIT {

    private static CameraSimulator simulator;
    private static String url;
    private static CameraFaults faults;

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = CameraSimulator.start(SimulatorConfig.builder().port(0).size(320, 240).bitrateKbps(300)
                .clipSeconds(2).controlPort(0).build());
        url = simulator.url("cam1");
        faults = simulator.faults("cam1");
    }

    @AfterEach
    void clearFaults() {
        faults.clearAll();
    }

    @AfterAll
    static void stopSimulator() {
        simulator.stop();
    }

    @Test
    void slowStartDelaysDescribeSetupAndPlayButNotOptions() throws IOException {
        faults.setSlowStartDelay(Duration.ofMillis(400));
        faults.inject(Fault.SLOW_START);
        try (RtspTestClient client = new RtspTestClient(simulator.port())) {
            assertTrue(timed(() -> client.request("OPTIONS", url)).toMillis() < 300);
            assertTrue(timed(() -> client.request("DESCRIBE", url)).toMillis() >= 400);
        } finally {
            faults.setSlowStartDelay(CameraFaults.DEFAULT_SLOW_START_DELAY);
        }
    }

    @Test
    void malformedSdpIsA200WithoutAnyMediaSection() throws IOException {
        faults.inject(Fault.MALFORMED_SDP);
        try (RtspTestClient client = new RtspTestClient(simulator.port())) {
            Response describe = client.request("DESCRIBE", url);

            assertEquals(200, describe.status());
            assertEquals("application/sdp", describe.header("Content-Type"));
            assertFalse(describe.body().contains("m="), describe.body());
        }
    }

    @Test
    void malformedRtspIsAGarbledStatusLineWithAForeignCseq() throws IOException {
        faults.inject(Fault.MALFORMED_RTSP);
        try (RtspTestClient client = new RtspTestClient(simulator.port())) {
            client.sendRaw("DESCRIBE " + url + " RTSP/1.0\r\nCSeq: 7\r\n\r\n");

            assertEquals("RTSP/1.0 2OO OKAY?", client.readRawLine());
            assertEquals("CSeq: 1007", client.readRawLine());
            faults.clear(Fault.MALFORMED_RTSP);
        }
    }

    @Test
    void disconnectDropsStreamingClientsAndHangsUpOnNewOnesUntilCleared() throws IOException {
        try (RtspTestClient streaming = new RtspTestClient(simulator.port())) {
            Response setup = streaming.request("SETUP", url + "/trackID=0",
                    "Transport: RTP/AVP/TCP;unicast;interleaved=0-1");
            streaming.request("PLAY", url, "Session: " + setup.sessionId());
            streaming.readRtpFrames(1);

            faults.inject(Fault.DISCONNECT);

            assertTrue(streaming.closedByServerWithin(Duration.ofSeconds(5)));
        }
        try (RtspTestClient next = new RtspTestClient(simulator.port())) {
            assertThrows(IOException.class, () -> next.request("DESCRIBE", url), "hung up without an answer");
        }
        faults.clear(Fault.DISCONNECT);
        try (RtspTestClient after = new RtspTestClient(simulator.port())) {
            assertEquals(200, after.request("DESCRIBE", url).status());
        }
    }

    @Test
    void theHttpControlInjectsListsAndClearsFaults() throws Exception {
        assertEquals(200, control("POST", "/faults/cam1/stall").statusCode());
        assertEquals(Set.of(Fault.STALL), faults.active());
        assertEquals("cam1: stall\n", control("GET", "/faults").body());

        assertEquals(404, control("POST", "/faults/cam9/stall").statusCode());
        assertEquals(404, control("POST", "/faults/cam1/melt").statusCode());
        assertEquals(Set.of(Fault.STALL), faults.active(), "refused requests change nothing");

        assertEquals(200, control("DELETE", "/faults/cam1/stall").statusCode());
        assertEquals(Set.of(), faults.active());
    }

    private static HttpResponse<String> control(String method, String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + simulator.controlPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private interface Exchange {
        Response run() throws IOException;
    }

    private static Duration timed(Exchange exchange) throws IOException {
        long start = System.nanoTime();
        assertEquals(200, exchange.run().status());
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
