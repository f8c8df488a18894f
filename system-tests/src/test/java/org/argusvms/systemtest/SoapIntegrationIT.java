package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.WebServiceException;
import jakarta.xml.ws.handler.MessageContext;
import org.argusvms.systemtest.soap.client.Camera;
import org.argusvms.systemtest.soap.client.EvidenceLock;
import org.argusvms.systemtest.soap.client.IntegrationFault;
import org.argusvms.systemtest.soap.client.VmsIntegration;
import org.argusvms.systemtest.soap.client.VmsIntegrationService;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusDeployment;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.Await;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import javax.xml.datatype.XMLGregorianCalendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The SOAP integration API as an integrator uses it: through a client generated from the published WSDL, with a
 * Keycloak access token in the HTTP Authorization header, and with the VMS permissions of that token's user.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ArgusStack.class)
class SoapIntegrationIT {

    static final String SOAP_PATH = "/api/soap/VmsIntegrationService";
    static final Path WSDL_COPY = Path.of("src/test/wsdl/VmsIntegrationService.wsdl");

    private final ApiClient api = ArgusStack.api();
    private final ApiClient server = new ApiClient("http://localhost:8080", ArgusStack.keycloakUrl());
    private String demoCamera;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ArgusDeployment.ear();
    }

    @BeforeEach
    void demoCameraRecords() {
        demoCamera = ArgusStack.ensureDemoCamera();
    }

    @Test
    void thePublishedWsdlIsTheOneTheClientIsGeneratedFrom() throws IOException {
        Answer wsdl = server.get(SOAP_PATH + "?wsdl", null);
        assertEquals(200, wsdl.status(), "the WSDL is public: " + wsdl.body());
        Path live = Path.of("target/live-wsdl/VmsIntegrationService.wsdl");
        Files.createDirectories(live.getParent());
        Files.writeString(live, wsdl.body());
        assertEquals(comparable(Files.readString(WSDL_COPY)), comparable(wsdl.body()),
                "src/test/wsdl is out of date: replace it with " + live.toAbsolutePath());
    }

    @Test
    void anAdministratorListsTheDemoCameraWithItsRecorderWithoutSecrets() throws IntegrationFault {
        VmsIntegration admin = clientFor(api.token("admin", "admin"));
        List<Camera> cameras = admin.listCameras();

        Camera demo = cameras.stream().filter(camera -> camera.getId().equals(demoCamera)).findFirst().orElseThrow();
        assertEquals(ArgusStack.DEMO_CAMERA, demo.getName());
        assertEquals(ArgusStack.RECORDER_ID, demo.getRecorder().getId());
        assertEquals(Boolean.TRUE, demo.getRecorder().isOnline());
        assertEquals(ArgusStack.cameraUrl("cam1"), admin.getCamera(demoCamera).getStreamUrl());
    }

    @Test
    void stoppingAndStartingRecordingReachesTheRecorder() throws IntegrationFault {
        VmsIntegration admin = clientFor(api.token("admin", "admin"));
        try {
            assertEquals("OFF", admin.stopRecording(demoCamera).getRecordingMode());
            awaitRecorderReports("OFF", false);
            assertEquals("OFF", admin.getCamera(demoCamera).getRecordingMode());
        } finally {
            assertEquals("ALWAYS", admin.startRecording(demoCamera).getRecordingMode());
        }
        awaitRecorderReports("ALWAYS", true);
    }

    @Test
    void anOperatorMayListCamerasButNotSwitchRecording() throws IntegrationFault {
        VmsIntegration operator = clientFor(api.token("operator", "operator"));
        assertTrue(operator.listCameras().stream().anyMatch(camera -> camera.getId().equals(demoCamera)));

        IntegrationFault denied = assertThrows(IntegrationFault.class, () -> operator.stopRecording(demoCamera));

        assertEquals("ACCESS_DENIED", denied.getFaultInfo().getCode());
        assertEquals("ALWAYS", operator.getCamera(demoCamera).getRecordingMode(), "nothing changed");
    }

    @Test
    void anAdministratorLocksRecordingsAsEvidenceAndAnOperatorMayNot() throws IntegrationFault {
        Instant to = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant from = to.minusSeconds(30);
        String adminToken = api.token("admin", "admin");

        EvidenceLock lock = clientFor(adminToken).createEvidenceLock(demoCamera, dateTime(from), dateTime(to),
                "SOAP integration test");
        try {
            assertEquals(demoCamera, lock.getCameraId());
            assertEquals(from, lock.getFrom().toGregorianCalendar().toInstant());
            assertEquals(to, lock.getTo().toGregorianCalendar().toInstant());
            assertTrue(api.get("/evidence-locks", adminToken).body().contains(lock.getId()), "listed over REST too");
        } finally {
            api.delete("/evidence-locks/" + lock.getId(), adminToken);
        }

        VmsIntegration operator = clientFor(api.token("operator", "operator"));
        IntegrationFault denied = assertThrows(IntegrationFault.class,
                () -> operator.createEvidenceLock(demoCamera, dateTime(from), dateTime(to), "not allowed"));
        IntegrationFault backwards = assertThrows(IntegrationFault.class,
                () -> clientFor(adminToken).createEvidenceLock(demoCamera, dateTime(to), dateTime(from), "backwards"));
        assertEquals("ACCESS_DENIED", denied.getFaultInfo().getCode());
        assertEquals("INVALID_INPUT", backwards.getFaultInfo().getCode());
    }

    @Test
    void badInputIsAFaultThatSaysWhatIsWrong() {
        VmsIntegration admin = clientFor(api.token("admin", "admin"));

        IntegrationFault missing = assertThrows(IntegrationFault.class, () -> admin.getCamera("no-such-camera"));
        IntegrationFault blank = assertThrows(IntegrationFault.class, () -> admin.startRecording(" "));

        assertEquals("NOT_FOUND", missing.getFaultInfo().getCode());
        assertEquals("camera no-such-camera does not exist", missing.getMessage());
        assertEquals("INVALID_INPUT", blank.getFaultInfo().getCode());
        assertEquals("cameraId is required", blank.getMessage());
    }

    /** HTTP 401 (which SOAP stacks report as such), with a SOAP fault body naming the expected credentials. */
    @Test
    void callsWithoutAValidTokenAreRefused() {
        for (String token : new String[] {null, "not-a-token"}) {
            WebServiceException refused = assertThrows(WebServiceException.class, () -> clientFor(token).listCameras());
            assertTrue(refused.getMessage().contains("401"), refused.getMessage());
        }
        Answer raw = server.post(SOAP_PATH, null, "text/xml; charset=UTF-8", "<x/>");
        assertEquals(401, raw.status());
        assertTrue(raw.body().contains("<faultstring>authentication required: send a valid Keycloak access token"),
                "the fault says what to send: " + raw.body());
    }

    @Test
    void aRequestWithAnExternalEntityIsRefusedAndLeaksNothing() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE Envelope [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"
                               xmlns:a="urn:argusvms:integration:1">
                  <soap:Body><a:getCamera><a:cameraId>&x;</a:cameraId></a:getCamera></soap:Body>
                </soap:Envelope>
                """;

        Answer answer = server.post(SOAP_PATH, api.token("admin", "admin"), "text/xml; charset=UTF-8", xxe);

        assertEquals(500, answer.status(), "refused with a SOAP fault: " + answer.body());
        assertTrue(answer.body().contains("Fault"), answer.body());
        assertFalse(answer.body().contains("root:"), "the file must not be read: " + answer.body());
        assertFalse(answer.body().matches("(?s).*(NOT_FOUND|INVALID_INPUT).*"),
                "the parser refused the document, the service never saw it: " + answer.body());
    }

    @Test
    void anOversizedRequestIsRefusedBeforeParsing() {
        String padding = "<!-- " + "x".repeat(100 * 1024) + " -->";
        String body = "<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\">" + padding
                + "<soap:Body/></soap:Envelope>";

        Answer answer = server.post(SOAP_PATH, api.token("admin", "admin"), "text/xml; charset=UTF-8", body);

        assertEquals(413, answer.status(), answer.body());
    }

    /** The recorder's own health document, so the test sees what the recorder does rather than what the VMS stored. */
    private void awaitRecorderReports(String recordingMode, boolean recording) {
        Await.until("recorder reports camera " + demoCamera + " with recordingMode " + recordingMode,
                Duration.ofSeconds(30), () -> {
                    JsonObject camera = recorderHealth().getJsonArray("cameras").stream().map(JsonValue::asJsonObject)
                            .filter(c -> demoCamera.equals(c.getString("cameraId"))).findFirst().orElse(null);
                    return camera != null && recordingMode.equals(camera.getString("recordingMode"))
                            && camera.getBoolean("recording") == recording ? true : null;
                });
    }

    private static JsonObject recorderHealth() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + ArgusStack.RECORDER_MEDIA_PORT
                + "/health")).timeout(Duration.ofSeconds(10)).build();
        try {
            String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
            return Json.createReader(new StringReader(body)).readObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static XMLGregorianCalendar dateTime(Instant instant) {
        try {
            return DatatypeFactory.newInstance()
                    .newXMLGregorianCalendar(GregorianCalendar.from(instant.atZone(ZoneOffset.UTC)));
        } catch (DatatypeConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port of the generated client aimed at the live endpoint, sending {@code token} (none if null). */
    private static VmsIntegration clientFor(String token) {
        VmsIntegration port;
        try {
            port = new VmsIntegrationService(WSDL_COPY.toUri().toURL()).getVmsIntegrationPort();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, "http://localhost:8080" + SOAP_PATH);
        if (token != null) {
            context.put(MessageContext.HTTP_REQUEST_HEADERS, Map.of("Authorization", List.of("Bearer " + token)));
        }
        return port;
    }

    /** The WSDL without layout and without the endpoint address, which names the host it was fetched from. */
    private static String comparable(String wsdl) {
        return wsdl.replaceAll(">\\s+<", "><").replaceAll("location=\"[^\"]*\"", "location=\"\"").trim();
    }
}
