package org.argusvms.management.application.internal;

import org.argusvms.management.application.NewDevice;
import org.argusvms.management.application.NewHardware;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.hardware.HardwareDriver;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HardwareInputValidatorTest {

    private static final NewDevice CAMERA = new NewDevice("CAMERA", 0, "Front", true, null, null, null);
    private static final NewDevice OUTPUT = new NewDevice("output", 0, "Door", true, "relay1", null, null);

    @Test
    void goodHardwareWithACameraAndAnOutputPasses() {
        assertEquals(HardwareDriver.ONVIF, HardwareInputValidator.validate(hardware("onvif",
                "http://10.0.0.6/onvif/device_service", List.of(CAMERA, OUTPUT))));
        assertEquals(HardwareDriver.RTSP, HardwareInputValidator.validate(hardware("RTSP", "rtsp://10.0.0.5/main",
                List.of(CAMERA))));
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        assertField("driver", hardware("HTTP", "rtsp://10.0.0.5/main", List.of()));
        assertField("address", hardware("RTSP", "http://10.0.0.5/main", List.of()));
        assertField("address", hardware("ONVIF", "rtsp://10.0.0.5/main", List.of()));
        assertField("address", hardware("RTSP", "rtsp://user:pw@10.0.0.5/main", List.of()));
        assertField("devices[1].channel", hardware("RTSP", "rtsp://10.0.0.5/main", List.of(CAMERA,
                new NewDevice("CAMERA", 0, "Second", true, null, null, null))));
        assertField("devices[0].kind", hardware("RTSP", "rtsp://10.0.0.5/main", List.of(
                new NewDevice("TOASTER", 0, "Toast", true, null, null, null))));
        assertField("devices[0].channel", hardware("RTSP", "rtsp://10.0.0.5/main", List.of(
                new NewDevice("CAMERA", -1, "Front", true, null, null, null))));
        assertField("devices[0].outputToken", hardware("RTSP", "rtsp://10.0.0.5/main", List.of(
                new NewDevice("CAMERA", 0, "Front", true, "relay1", null, null))));
    }

    @Test
    void aRefusedAddressIsNotEchoedBecauseItMayHoldAPassword() {
        ValidationException refused = assertThrows(ValidationException.class, () -> HardwareInputValidator.validate(
                hardware("RTSP", "rtsp://user:s3cret@10.0.0.5/main", List.of())));
        assertFalse(refused.getMessage().contains("s3cret"), refused.getMessage());
        assertTrue(refused.getMessage().contains("username and password"), refused.getMessage());
    }

    private static void assertField(String field, NewHardware input) {
        ValidationException refused = assertThrows(ValidationException.class,
                () -> HardwareInputValidator.validate(input));
        assertEquals(field, refused.field(), refused.getMessage());
    }

    private static NewHardware hardware(String driver, String address, List<NewDevice> devices) {
        return new NewHardware("Entrance", driver, address, "admin", "pw", null, true, devices);
    }
}
