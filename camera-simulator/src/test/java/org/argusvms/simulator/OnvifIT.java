package org.argusvms.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.argusvms.simulator.onvif.OnvifDevice;
import org.argusvms.simulator.onvif.PtzState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The ONVIF services of a simulated camera as an ONVIF client meets them on the wire. */
class OnvifIT {

    private static final String USER = "operator";
    private static final String PASSWORD = "s3cret-pw";

    private static CameraSimulator simulator;
    private static String deviceService;
    private static final OnvifTestClient client = new OnvifTestClient(USER, PASSWORD);

    @BeforeAll
    static void startSimulator() throws Exception {
        simulator = CameraSimulator.start(SimulatorConfig.builder().port(0).cameras(2).h265("cam2").size(320, 240)
                .bitrateKbps(300).clipSeconds(2).credentials(USER, PASSWORD).onvifPort(0).build());
        deviceService = simulator.onvifAddress("cam1");
    }

    @AfterAll
    static void stopSimulator() {
        simulator.stop();
    }

    @Test
    void answersTheTimeWithoutAuthenticationButNothingElse() throws Exception {
        OnvifTestClient anonymous = new OnvifTestClient(null, null);

        HttpResponse<String> time = anonymous.call(deviceService, "<tds:GetSystemDateAndTime/>");
        HttpResponse<String> information = anonymous.call(deviceService, "<tds:GetDeviceInformation/>");

        assertEquals(200, time.statusCode());
        assertEquals(Integer.toString(Instant.now().atZone(java.time.ZoneOffset.UTC).getYear()),
                element(time.body(), "tt:Year"));
        assertNotAuthorized(information);
    }

    @Test
    void acceptsTheCameraCredentialsAsPasswordDigestOnly() throws Exception {
        HttpResponse<String> authorized = client.call(deviceService, "<tds:GetDeviceInformation/>");
        HttpResponse<String> wrongPassword = new OnvifTestClient(USER, "guess")
                .call(deviceService, "<tds:GetDeviceInformation/>");
        HttpResponse<String> wrongUser = new OnvifTestClient("admin", PASSWORD)
                .call(deviceService, "<tds:GetDeviceInformation/>");
        String plainText = client.header(client.nonce(), Instant.now())
                .replaceAll("Type=\"[^\"]+\">[^<]+<", "Type=\"http://docs.oasis-open.org/wss/2004/01/"
                        + "oasis-200401-wss-username-token-profile-1.0#PasswordText\">" + PASSWORD + "<");

        assertEquals(200, authorized.statusCode(), authorized.body());
        assertEquals("cam1", element(authorized.body(), "tds:SerialNumber"));
        assertNotAuthorized(wrongPassword);
        assertNotAuthorized(wrongUser);
        assertNotAuthorized(client.post(deviceService, client.envelope(plainText, "<tds:GetDeviceInformation/>")));
    }

    @Test
    void refusesReplayedAndStaleTokens() throws Exception {
        String replayed = client.envelope(client.header(client.nonce(), Instant.now()), "<tds:GetDeviceInformation/>");
        String stale = client.envelope(client.header(client.nonce(), Instant.now().minusSeconds(3600)),
                "<tds:GetDeviceInformation/>");

        assertEquals(200, client.post(deviceService, replayed).statusCode());
        assertNotAuthorized(client.post(deviceService, replayed));
        assertNotAuthorized(client.post(deviceService, stale));
    }

    @Test
    void leadsFromTheDeviceServiceToTheRtspStreamOfTheCamera() throws Exception {
        HttpResponse<String> capabilities = client.call(deviceService,
                "<tds:GetCapabilities><tds:Category>All</tds:Category></tds:GetCapabilities>");
        String media = element(element(capabilities.body(), "tt:Media"), "tt:XAddr");
        HttpResponse<String> profiles = client.call(media, "<trt:GetProfiles/>");
        Matcher token = Pattern.compile("<trt:Profiles token=\"([^\"]+)\"").matcher(profiles.body());
        assertTrue(token.find(), profiles.body());
        HttpResponse<String> streamUri = client.call(media, "<trt:GetStreamUri><trt:StreamSetup>"
                + "<tt:Stream>RTP-Unicast</tt:Stream><tt:Transport><tt:Protocol>RTSP</tt:Protocol></tt:Transport>"
                + "</trt:StreamSetup><trt:ProfileToken>" + token.group(1) + "</trt:ProfileToken></trt:GetStreamUri>");

        assertEquals(200, streamUri.statusCode(), streamUri.body());
        assertEquals(simulator.url("cam1"), element(streamUri.body(), "tt:Uri"));
        assertEquals("320", element(profiles.body(), "tt:Width"));
        String viaLocalhost = deviceService.replace("127.0.0.1", "localhost");
        assertEquals(simulator.url("cam1").replace("127.0.0.1", "localhost"), element(client.call(viaLocalhost.replace(
                "device_service", "media_service"), "<trt:GetStreamUri><trt:StreamSetup><tt:Stream>RTP-Unicast"
                + "</tt:Stream><tt:Transport><tt:Protocol>TCP</tt:Protocol></tt:Transport></trt:StreamSetup>"
                + "<trt:ProfileToken>main</trt:ProfileToken></trt:GetStreamUri>").body(), "tt:Uri"),
                "addresses name the host the client used");
        assertEquals(simulator.onvifAddress("cam2").replace("device_service", "media_service"),
                element(element(client.call(simulator.onvifAddress("cam2"), "<tds:GetCapabilities/>").body(),
                        "tt:Media"), "tt:XAddr"), "every camera is its own device");
    }

    @Test
    void theSecondProfileIsTheSubStreamAtHalfTheSize() throws Exception {
        String media = deviceService.replace("device_service", "media_service");
        String profiles = client.call(media, "<trt:GetProfiles/>").body();
        Matcher tokens = Pattern.compile("<trt:Profiles token=\"([^\"]+)\"").matcher(profiles);
        assertTrue(tokens.find() && tokens.find(), profiles);
        HttpResponse<String> streamUri = client.call(media, "<trt:GetStreamUri><trt:StreamSetup>"
                + "<tt:Stream>RTP-Unicast</tt:Stream><tt:Transport><tt:Protocol>RTSP</tt:Protocol></tt:Transport>"
                + "</trt:StreamSetup><trt:ProfileToken>" + tokens.group(1) + "</trt:ProfileToken></trt:GetStreamUri>");
        String subProfile = client.call(media, "<trt:GetProfile><trt:ProfileToken>sub</trt:ProfileToken>"
                + "</trt:GetProfile>").body();

        assertEquals("sub", tokens.group(1));
        assertEquals(simulator.subStreamUrl("cam1"), element(streamUri.body(), "tt:Uri"));
        assertEquals("160", element(element(subProfile, "tt:VideoEncoderConfiguration"), "tt:Width"));
        assertEquals("H264", element(subProfile, "tt:Encoding"));
    }

    @Test
    void theMediaProfileNamesTheCamerasCodec() throws Exception {
        String h264 = client.call(simulator.onvifAddress("cam1").replace("device_service", "media_service"),
                "<trt:GetProfiles/>").body();
        String h265 = client.call(simulator.onvifAddress("cam2").replace("device_service", "media_service"),
                "<trt:GetProfiles/>").body();

        assertEquals("H264", element(h264, "tt:Encoding"));
        assertEquals("H265", element(h265, "tt:Encoding"));
    }

    @Test
    void servesAJpegOfTheTestPatternAtTheSnapshotUri() throws Exception {
        HttpResponse<String> snapshotUri = client.call(deviceService.replace("device_service", "media_service"),
                "<trt:GetSnapshotUri><trt:ProfileToken>main</trt:ProfileToken></trt:GetSnapshotUri>");
        URI uri = URI.create(element(snapshotUri.body(), "tt:Uri"));
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<byte[]> anonymous = http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> authorized = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertEquals(401, anonymous.statusCode());
        assertEquals(200, authorized.statusCode());
        assertEquals("image/jpeg", authorized.headers().firstValue("Content-Type").orElse(""));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(authorized.body()));
        assertEquals(320, image.getWidth());
        assertEquals(240, image.getHeight());
    }

    @Test
    void goesToAPresetAndReportsThePosition() throws Exception {
        String ptz = deviceService.replace("device_service", "ptz_service");
        PtzState head = simulator.onvif("cam1").ptz();
        HttpResponse<String> presets = client.call(ptz,
                "<tptz:GetPresets><tptz:ProfileToken>main</tptz:ProfileToken></tptz:GetPresets>");
        assertTrue(presets.body().contains("<tptz:Preset token=\"2\"><tt:Name>Entrance</tt:Name>"), presets.body());

        HttpResponse<String> moved = client.call(ptz, "<tptz:GotoPreset><tptz:ProfileToken>main</tptz:ProfileToken>"
                + "<tptz:PresetToken>2</tptz:PresetToken></tptz:GotoPreset>");
        PtzState.Position atPreset = head.position();
        HttpResponse<String> unknown = client.call(ptz, "<tptz:GotoPreset><tptz:ProfileToken>main"
                + "</tptz:ProfileToken><tptz:PresetToken>99</tptz:PresetToken></tptz:GotoPreset>");
        HttpResponse<String> status = client.call(ptz,
                "<tptz:GetStatus><tptz:ProfileToken>main</tptz:ProfileToken></tptz:GetStatus>");

        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(new PtzState.Position(0.5, -0.25, 0.2), atPreset);
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("ter:NoToken"), unknown.body());
        assertEquals(atPreset, head.position(), "an unknown preset changes nothing");
        assertTrue(status.body().contains("<tt:PanTilt x=\"0.5000\" y=\"-0.2500\""), status.body());
        assertEquals(new PtzState.Position(0, 0, 0), simulator.onvif("cam2").ptz().position(), "cam2 stayed");
    }

    @Test
    void movesContinuouslyUntilStopped() throws Exception {
        String ptz = deviceService.replace("device_service", "ptz_service");
        PtzState head = simulator.onvif("cam1").ptz();

        HttpResponse<String> move = client.call(ptz, "<tptz:ContinuousMove><tptz:ProfileToken>main"
                + "</tptz:ProfileToken><tptz:Velocity><tt:PanTilt x=\"0.5\" y=\"0\"/></tptz:Velocity>"
                + "</tptz:ContinuousMove>");
        boolean movingAfterMove = head.isMoving();
        HttpResponse<String> tooFast = client.call(ptz, "<tptz:ContinuousMove><tptz:ProfileToken>main"
                + "</tptz:ProfileToken><tptz:Velocity><tt:PanTilt x=\"7\" y=\"0\"/></tptz:Velocity>"
                + "</tptz:ContinuousMove>");
        HttpResponse<String> stop = client.call(ptz,
                "<tptz:Stop><tptz:ProfileToken>main</tptz:ProfileToken></tptz:Stop>");

        assertEquals(200, move.statusCode(), move.body());
        assertTrue(movingAfterMove);
        assertTrue(tooFast.body().contains("ter:InvalidVelocity"), tooFast.body());
        assertEquals(200, stop.statusCode());
        assertFalse(head.isMoving());
    }

    @Test
    void switchesRelayOutputs() throws Exception {
        OnvifDevice device = simulator.onvif("cam2");
        String cam2 = simulator.onvifAddress("cam2");
        HttpResponse<String> outputs = client.call(cam2, "<tds:GetRelayOutputs/>");

        HttpResponse<String> activated = client.call(cam2, "<tds:SetRelayOutputState><tds:RelayOutputToken>relay1"
                + "</tds:RelayOutputToken><tds:LogicalState>active</tds:LogicalState></tds:SetRelayOutputState>");
        HttpResponse<String> unknown = client.call(cam2, "<tds:SetRelayOutputState><tds:RelayOutputToken>relay9"
                + "</tds:RelayOutputToken><tds:LogicalState>active</tds:LogicalState></tds:SetRelayOutputState>");
        HttpResponse<String> badState = client.call(cam2, "<tds:SetRelayOutputState><tds:RelayOutputToken>relay2"
                + "</tds:RelayOutputToken><tds:LogicalState>on</tds:LogicalState></tds:SetRelayOutputState>");

        assertTrue(outputs.body().contains("<tds:RelayOutputs token=\"relay1\">"), outputs.body());
        assertEquals(200, activated.statusCode(), activated.body());
        assertTrue(device.relays().isActive("relay1"));
        assertFalse(device.relays().isActive("relay2"));
        assertFalse(simulator.onvif("cam1").relays().isActive("relay1"), "cam1 is another device");
        HttpResponse<String> state = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(cam2.replace("device_service", "state"))).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(state.body().contains("relay1: active\nrelay2: inactive\n"), state.body());
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("ter:RelayToken"), unknown.body());
        assertEquals(400, badState.statusCode());
        assertFalse(device.relays().isActive("relay2"));
    }

    @Test
    void answersMalformedAndHostileRequestsWithAFault() throws Exception {
        HttpResponse<String> truncated = client.post(deviceService, "<s:Envelope xmlns:s=\"http://www.w3.org/2003/"
                + "05/soap-envelope\"><s:Body><tds:GetDeviceInformation");
        HttpResponse<String> entity = client.post(deviceService, "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x "
                + "SYSTEM \"file:///etc/passwd\">]><s:Envelope xmlns:s=\"http://www.w3.org/2003/05/soap-envelope\">"
                + "<s:Body><tds:GetDeviceInformation xmlns:tds=\"" + OnvifTestClient.DEVICE + "\">&x;"
                + "</tds:GetDeviceInformation></s:Body></s:Envelope>");
        HttpResponse<String> huge = client.post(deviceService, client.envelope("", "<tds:GetDeviceInformation>"
                + "x".repeat(100_000) + "</tds:GetDeviceInformation>"));
        HttpResponse<String> unsupported = client.call(deviceService, "<tds:SystemReboot/>");

        for (HttpResponse<String> response : new HttpResponse[] {truncated, entity, huge}) {
            assertEquals(400, response.statusCode());
            assertTrue(response.body().contains("ter:WellFormed"), response.body());
            assertFalse(response.body().contains("root:"), "no file content");
        }
        assertEquals(500, unsupported.statusCode());
        assertTrue(unsupported.body().contains("ter:ActionNotSupported"), unsupported.body());
    }

    private static void assertNotAuthorized(HttpResponse<String> response) {
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("<env:Value>env:Sender</env:Value><env:Subcode><env:Value>"
                + "ter:NotAuthorized</env:Value>"), response.body());
    }

    /** The content of the first element of that qualified name (prefixes as the simulator writes them). */
    private static String element(String xml, String name) {
        Matcher matcher = Pattern.compile("<" + name + "(?:\\s[^>]*)?>(.*?)</" + name + ">", Pattern.DOTALL)
                .matcher(xml);
        if (!matcher.find()) {
            throw new AssertionError("no " + name + " in " + xml);
        }
        return matcher.group(1);
    }
}
