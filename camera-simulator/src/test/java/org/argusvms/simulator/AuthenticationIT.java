package org.argusvms.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.argusvms.simulator.RtspTestClient.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A camera with credentials, as rtspsrc and ffmpeg log in to it. */
class AuthenticationIT {

    private static final Duration CLIENT_TIMEOUT = Duration.ofSeconds(20);
    private static CameraSimulator simulator;
    private static String url;

    @TempDir
    Path output;

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = CameraSimulator.start(SimulatorConfig.builder().port(0).size(320, 240).bitrateKbps(300)
                .clipSeconds(2).credentials("admin", "s3cret").build());
        url = simulator.url("cam1");
    }

    @AfterAll
    static void stopSimulator() {
        simulator.stop();
    }

    @Test
    void requestsWithoutOrWithWrongCredentialsGet401WithBothChallenges() throws Exception {
        try (RtspTestClient client = new RtspTestClient(simulator.port())) {
            assertEquals(200, client.request("OPTIONS", url).status(), "OPTIONS stays open, as on real cameras");

            Response anonymous = client.request("DESCRIBE", url);
            Response wrongPassword = client.request("DESCRIBE", url, basic("admin:guess"));

            assertEquals(401, anonymous.status());
            List<String> challenges = anonymous.headers().get("WWW-Authenticate");
            assertTrue(challenges.get(0).matches("Digest realm=\"[^\"]+\", nonce=\"[0-9a-f]{32}\", algorithm=MD5"),
                    challenges.toString());
            assertTrue(challenges.get(1).startsWith("Basic realm="), challenges.toString());
            assertEquals(401, wrongPassword.status());
            assertEquals(200, client.request("DESCRIBE", url, basic("admin:s3cret")).status());
        }
    }

    @Test
    void ffprobeLogsInWithDigestAndFailsWithTheWrongPassword() throws Exception {
        ExternalCommand.Result good = ffprobe(url.replace("rtsp://", "rtsp://admin:s3cret@"));
        ExternalCommand.Result bad = ffprobe(url.replace("rtsp://", "rtsp://admin:wrong@"));

        assertEquals(0, good.exitCode(), good.output());
        assertEquals("h264", good.keyValues().get("codec_name"));
        assertNotEquals(0, bad.exitCode());
        assertTrue(bad.output().contains("401"), bad.output());
    }

    @Test
    void rtspsrcLogsInWithUserIdAndPassword() throws Exception {
        Path recording = output.resolve("auth.mp4");
        ExternalCommand.Result gst = ExternalCommand.run(CLIENT_TIMEOUT, "gst-launch-1.0", "-q", "-e",
                "rtspsrc", "location=" + url, "user-id=admin", "user-pw=s3cret", "protocols=tcp",
                "!", "rtph264depay", "!", "h264parse", "!", "identity", "eos-after=11",
                "!", "mp4mux", "!", "filesink", "location=" + recording);
        // After the tenth frame gst-launch shuts the pipeline down; once in a while (seen once in CI on a loaded
        // machine) rtspsrc finds the RTSP connection already closed when it sends its PAUSE at shutdown and exits 1
        // with "Could not write to resource ... Received end-of-file". The login and the ten frames below are what
        // this test is about; any other error (a refused login above all) still fails it.
        assertTrue(gst.exitCode() == 0 || onlyTheTeardownFailed(gst.output()), gst.output());

        ExternalCommand.Result frames = ExternalCommand.run(CLIENT_TIMEOUT, "ffprobe", "-v", "error", "-count_frames",
                "-show_entries", "stream=nb_read_frames", "-of", "default=nw=1", recording.toString());
        assertEquals("10", frames.keyValues().get("nb_read_frames"), frames.output());
    }

    private static boolean onlyTheTeardownFailed(String output) {
        return output.lines().filter(line -> line.startsWith("ERROR"))
                .allMatch(line -> line.contains("Could not write to resource"))
                && output.contains("Received end-of-file") && !output.contains("Unauthorized");
    }

    private static ExternalCommand.Result ffprobe(String urlWithCredentials) throws Exception {
        return ExternalCommand.run(CLIENT_TIMEOUT, "ffprobe", "-v", "error", "-rtsp_transport", "tcp",
                "-show_entries", "stream=codec_name", "-of", "default=nw=1", urlWithCredentials);
    }

    private static String basic(String userAndPassword) {
        return "Authorization: Basic "
                + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }
}
