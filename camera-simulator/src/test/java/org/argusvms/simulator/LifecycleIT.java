package org.argusvms.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import org.argusvms.simulator.RtspTestClient.Response;
import org.junit.jupiter.api.Test;

/** Starting, stopping and the fault-injection seams recorder tests rely on. */
class LifecycleIT {

    private static final Duration WITHIN = Duration.ofSeconds(5);

    private static SimulatorConfig.Builder smallCamera() {
        return SimulatorConfig.builder().port(0).size(320, 240).bitrateKbps(300).clipSeconds(2);
    }

    @Test
    void dropAllClientsDisconnectsEveryViewerWhoMayThenReconnect() throws Exception {
        try (CameraSimulator simulator = CameraSimulator.start(smallCamera().cameras(2).build());
             RtspTestClient first = new RtspTestClient(simulator.port());
             RtspTestClient second = new RtspTestClient(simulator.port())) {
            play(first, simulator.url("cam1"));
            play(second, simulator.url("cam2"));
            first.readRtpFrames(1);
            second.readRtpFrames(1);
            assertEquals(2, simulator.connectedClients());

            simulator.dropAllClients();

            assertTrue(first.closedByServerWithin(WITHIN), "first viewer disconnected");
            assertTrue(second.closedByServerWithin(WITHIN), "second viewer disconnected");
            Await.until(WITHIN, () -> simulator.connectedClients() == 0, "connections forgotten");
            try (RtspTestClient again = new RtspTestClient(simulator.port())) {
                play(again, simulator.url("cam1"));
                assertEquals(1, again.readRtpFrames(1).size());
            }
        }
    }

    @Test
    void aStoppedCameraCanRestartOnTheSamePort() throws Exception {
        CameraSimulator simulator = CameraSimulator.start(smallCamera().build());
        int port = simulator.port();
        try (RtspTestClient viewer = new RtspTestClient(port)) {
            play(viewer, simulator.url("cam1"));
            viewer.readRtpFrames(1);

            simulator.stop();

            assertTrue(viewer.closedByServerWithin(WITHIN), "viewer disconnected by the stop");
        }
        assertThrows(ConnectException.class, () -> new RtspTestClient(port).close(), "nothing listens while stopped");

        try (CameraSimulator restarted = CameraSimulator.start(smallCamera().port(port).build());
             RtspTestClient viewer = new RtspTestClient(port)) {
            assertEquals(port, restarted.port());
            play(viewer, restarted.url("cam1"));
            assertEquals(1, viewer.readRtpFrames(1).size());
        }
    }

    @Test
    void stopEndsEveryThreadTheSimulatorStarted() throws Exception {
        CameraSimulator simulator = CameraSimulator.start(smallCamera().cameras(2).build());
        Pattern ownThreads = Pattern.compile("argus-sim-\\w+-" + simulator.port() + "(-.*)?");
        try (RtspTestClient tcp = new RtspTestClient(simulator.port());
             RtspTestClient udp = new RtspTestClient(simulator.port())) {
            play(tcp, simulator.url("cam1"));
            Response setup = udp.request("SETUP", simulator.url("cam2") + "/trackID=0",
                    "Transport: RTP/AVP;unicast;client_port=40000-40001");
            udp.request("PLAY", simulator.url("cam2"), "Session: " + setup.sessionId());
            tcp.readRtpFrames(1);
            assertTrue(threadsMatching(ownThreads).size() >= 6, "accept, clock, 2 connections, 2 senders: "
                    + threadsMatching(ownThreads));

            simulator.stop();
        }

        Await.until(WITHIN, () -> threadsMatching(ownThreads).isEmpty(),
                "threads left: " + threadsMatching(ownThreads));
    }

    @Test
    void badConfigurationIsRefusedBeforeAnythingStarts() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SimulatorConfig.builder().fps(0).build());
        assertTrue(error.getMessage().contains("fps"), error.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SimulatorConfig.builder().port(70000));
    }

    @Test
    void urlsNameTheCameras() throws IOException {
        try (CameraSimulator simulator = CameraSimulator.start(smallCamera().cameras(3).build())) {
            assertEquals(List.of("cam1", "cam2", "cam3"), simulator.cameraNames());
            assertEquals("rtsp://127.0.0.1:" + simulator.port() + "/cam2", simulator.url("cam2"));
            assertThrows(IllegalArgumentException.class, () -> simulator.url("cam4"));
        }
    }

    private static void play(RtspTestClient client, String url) throws IOException {
        Response setup = client.request("SETUP", url + "/trackID=0", "Transport: RTP/AVP/TCP;unicast;interleaved=0-1");
        assertEquals(200, setup.status());
        assertEquals(200, client.request("PLAY", url, "Session: " + setup.sessionId()).status());
    }

    private static List<String> threadsMatching(Pattern pattern) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(name -> pattern.matcher(name).matches())
                .toList();
    }
}
