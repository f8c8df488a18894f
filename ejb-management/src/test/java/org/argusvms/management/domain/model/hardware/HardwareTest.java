package org.argusvms.management.domain.model.hardware;

import org.argusvms.management.application.DeviceView;
import org.argusvms.management.application.HardwareView;
import org.argusvms.management.domain.model.camera.Camera;
import org.argusvms.management.domain.model.recorder.RecordingServer;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HardwareTest {

    private static final Instant NOW = Instant.parse("2026-11-26T07:00:00Z");
    private final RecordingServer recorder = new RecordingServer("rec-1", NOW);

    @Test
    void aChannelIsTakenOncePerKindAcrossCamerasAndOtherDevices() {
        Hardware unit = rtsp("rtsp://10.0.0.5/main");
        Set<DeviceSlot> cameras = Set.of(new DeviceSlot(DeviceKind.CAMERA, 0));
        unit.addDevice("out-0", new DeviceSlot(DeviceKind.OUTPUT, 0), "Door", true, "relay1", cameras);
        unit.addDevice("mic-0", new DeviceSlot(DeviceKind.MICROPHONE, 0), "Mic", true, null, cameras);

        assertThrows(IllegalArgumentException.class, () -> unit.addDevice("out-0b",
                new DeviceSlot(DeviceKind.OUTPUT, 0), "Door again", true, "relay2", cameras));
        assertThrows(IllegalArgumentException.class, () -> unit.addDevice("cam",
                new DeviceSlot(DeviceKind.CAMERA, 1), "Camera row", true, null, cameras));
        assertEquals(List.of("MICROPHONE channel 0", "OUTPUT channel 0"),
                unit.devices().stream().map(device -> device.slot().toString()).sorted().toList());
        assertEquals(2, DeviceSlot.firstDuplicate(List.of(new DeviceSlot(DeviceKind.CAMERA, 0),
                new DeviceSlot(DeviceKind.OUTPUT, 0), new DeviceSlot(DeviceKind.CAMERA, 0))).getAsInt());
        assertTrue(DeviceSlot.firstDuplicate(List.of(new DeviceSlot(DeviceKind.CAMERA, 0),
                new DeviceSlot(DeviceKind.CAMERA, 1))).isEmpty());
    }

    @Test
    void disablingHardwareTakesItsCamerasOutOfUseWithoutTouchingTheirOwnFlag() {
        Hardware unit = rtsp("rtsp://10.0.0.5/main");
        Camera camera = camera(unit);
        assertTrue(camera.inUse());

        unit.enable(false);

        assertFalse(camera.inUse());
        assertTrue(camera.enabled(), "the camera's own flag is kept for when the hardware comes back");
        unit.enable(true);
        camera.enable(false);
        assertFalse(camera.inUse());
    }

    @Test
    void theOutputOfARelayTokenIsFoundToRefuseItWhenDisabled() {
        Hardware unit = onvif();
        unit.addDevice("out-1", new DeviceSlot(DeviceKind.OUTPUT, 1), "Gate", false, "relay2", Set.of());

        assertFalse(unit.output("relay2").orElseThrow().enabled());
        assertTrue(unit.output("relay1").isEmpty(), "an output the hardware does not list is not refused");
    }

    @Test
    void camerasTakeTheHardwaresConnectionAndKeepTheirOwnStreamUrl() {
        Hardware unit = rtsp("rtsp://10.0.0.5/main");
        Camera first = camera(unit);
        Camera second = camera(unit);
        second.connectThrough(unit, "rtsp://10.0.0.5/second");

        unit.reconnect(HardwareDriver.RTSP, "rtsp://10.0.0.9/main", new Credentials("viewer", "n3w"));
        first.connectThrough(unit, first.ownStreamUrl("rtsp://10.0.0.5/main"));
        second.connectThrough(unit, second.ownStreamUrl("rtsp://10.0.0.5/main"));

        assertEquals("rtsp://10.0.0.9/main", first.streamUrl());
        assertEquals("rtsp://10.0.0.5/second", second.streamUrl());
        assertEquals("n3w", first.password());
        Camera onvifCamera = camera(onvif());
        assertNull(onvifCamera.streamUrl(), "the recorder asks an ONVIF device for its stream");
        assertEquals("http://10.0.0.6/onvif/device_service", onvifCamera.onvifAddress());
    }

    @Test
    void credentialsAreNeverPartOfAViewNorPrinted() {
        for (Class<?> view : List.of(HardwareView.class, DeviceView.class)) {
            List<String> components = Arrays.stream(view.getRecordComponents()).map(RecordComponent::getName)
                    .map(name -> name.toLowerCase(Locale.ROOT)).toList();
            assertTrue(components.stream().noneMatch(name -> name.contains("password") || name.contains("username")),
                    view.getSimpleName() + " " + components);
        }
        Hardware unit = onvif();
        String printed = unit + " " + unit.credentials() + " " + CameraConnection.of(unit, null);
        assertFalse(printed.contains("s3cret"), printed);
        assertTrue(unit.hasCredentials());
    }

    private Hardware rtsp(String address) {
        return new Hardware("hw-1", "Entrance", HardwareDriver.RTSP, address, Credentials.NONE, true, recorder, NOW);
    }

    private Hardware onvif() {
        return new Hardware("hw-2", "Yard", HardwareDriver.ONVIF, "http://10.0.0.6/onvif/device_service",
                new Credentials("admin", "s3cret"), true, recorder, NOW);
    }

    private Camera camera(Hardware unit) {
        Camera camera = new Camera("cam", "Camera", null, null, null, "ALWAYS", true, recorder, NOW);
        camera.attachTo(unit, 0);
        camera.connectThrough(unit, null);
        return camera;
    }
}
