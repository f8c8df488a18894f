package org.argusvms.web.admin;

import org.argusvms.json.Jsons;
import org.argusvms.management.application.HardwareChange;
import org.argusvms.management.application.NewDevice;
import org.argusvms.management.application.NewHardware;
import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HardwareFormTest {

    @Test
    void theFormBecomesNewHardwareWithItsDevices() {
        NewHardware input = HardwareForm.input(Jsons.readObject("{\"name\":\"Gate\",\"driver\":\"ONVIF\","
                + "\"address\":\"http://10.0.0.6/onvif/device_service\",\"username\":\"admin\",\"password\":\"pw\","
                + "\"recorderId\":\"rec-1\",\"enabled\":true,\"devices\":[{\"kind\":\"CAMERA\",\"channel\":0,"
                + "\"name\":\"Gate\"},{\"kind\":\"OUTPUT\",\"channel\":0,\"name\":\"Door\",\"outputToken\":\"relay1\"}]}"));

        assertEquals(new NewHardware("Gate", "ONVIF", "http://10.0.0.6/onvif/device_service", "admin", "pw", "rec-1",
                true, List.of(new NewDevice("CAMERA", 0, "Gate", null, null, null, null),
                new NewDevice("OUTPUT", 0, "Door", null, "relay1", null, null))), input);
    }

    @Test
    void anEditLeavesWhatItDoesNotNameAsNull() {
        assertEquals(new HardwareChange(null, null, null, null, null, false, 4L),
                HardwareForm.change(Jsons.readObject("{\"enabled\":false,\"version\":4}")));
    }

    @Test
    void aDeviceFieldOfTheWrongTypeIsRefusedNamingTheDevice() {
        ValidationException refusal = assertThrows(ValidationException.class, () -> HardwareForm.input(
                Jsons.readObject("{\"name\":\"Gate\",\"devices\":[{\"kind\":\"CAMERA\",\"channel\":0},"
                        + "{\"kind\":\"OUTPUT\",\"channel\":\"one\"}]}")));

        assertEquals("devices[1].channel", refusal.field());
    }

    @Test
    void aDeviceAddedToAUnitIsReadWithTheFieldsTheServiceTakesAndWrongTypesNameTheirField() {
        assertEquals(new NewDevice("CAMERA", 1, "Gate 2", false, null, "rtsp://10.0.0.6/ch2", "MOTION"),
                HardwareForm.newDevice(Jsons.readObject("{\"kind\":\"CAMERA\",\"channel\":1,\"name\":\"Gate 2\","
                        + "\"enabled\":false,\"streamUrl\":\"rtsp://10.0.0.6/ch2\",\"recordingMode\":\"MOTION\"}")));

        assertEquals("channel", assertThrows(ValidationException.class, () -> HardwareForm.newDevice(
                Jsons.readObject("{\"kind\":\"MICROPHONE\",\"channel\":\"two\"}"))).field());
    }
}
