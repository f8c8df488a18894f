package org.argusvms.recorder.onvif;

import org.argusvms.simulator.CameraSimulator;
import org.argusvms.simulator.SimulatorConfig;
import org.argusvms.simulator.onvif.PtzState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The client against a simulated camera whose clock is an hour ahead, as cameras without NTP often are. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnvifCameraIT {

    private static final OnvifSettings SETTINGS = OnvifSettings.defaults();

    private CameraSimulator camera;
    private URI deviceService;

    @BeforeAll
    void startCamera() throws Exception {
        camera = CameraSimulator.start(SimulatorConfig.builder().port(0).size(320, 240).bitrateKbps(300)
                .clipSeconds(2).credentials("admin", "pw").onvifPort(0)
                .clock(Clock.offset(Clock.systemUTC(), Duration.ofHours(1))).build());
        deviceService = URI.create(camera.onvifAddress("cam1"));
    }

    @AfterAll
    void stopCamera() {
        camera.stop();
    }

    @Test
    void datesItsTokensByTheCamerasClock() throws Exception {
        OnvifCamera client = OnvifCamera.connect(deviceService, "admin", "pw", SETTINGS, Clock.systemUTC());

        client.gotoPreset(client.mainProfile().token(), "2");

        assertEquals(new PtzState.Position(0.5, -0.25, 0.2), camera.onvif("cam1").ptz().position());
        assertEquals(URI.create(camera.url("cam1")), client.streamUri("main"));
        assertTrue(client.snapshotUri("main").toString().endsWith("/onvif/cam1/snapshot.jpg"));
    }

    @Test
    void namesTheFaultOfARefusal() throws Exception {
        OnvifCamera wrongPassword = OnvifCamera.connect(deviceService, "admin", "nope", SETTINGS, Clock.systemUTC());
        OnvifCamera client = OnvifCamera.connect(deviceService, "admin", "pw", SETTINGS, Clock.systemUTC());

        OnvifException refused = assertThrows(OnvifException.class, wrongPassword::profiles);
        OnvifException unknownOutput = assertThrows(OnvifException.class,
                () -> client.setRelayOutputState("relay9", true));

        assertTrue(refused.isNotAuthorized(), refused.getMessage());
        assertTrue(unknownOutput.isInvalidArgument(), unknownOutput.getMessage());
        assertEquals("RelayToken", unknownOutput.faultSubcode().orElseThrow());
    }
}
