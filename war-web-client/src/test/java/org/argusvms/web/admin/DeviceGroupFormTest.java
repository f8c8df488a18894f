package org.argusvms.web.admin;

import org.argusvms.json.Jsons;
import org.argusvms.management.application.DeviceGroupInput;
import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DeviceGroupFormTest {

    @Test
    void theFormBecomesTheDeviceGroupInput() {
        assertEquals(new DeviceGroupInput("Gates", "", List.of("c-1", "c-2"), 5L), DeviceGroupForm.input(
                Jsons.readObject("{\"name\":\"Gates\",\"description\":\"\",\"cameraIds\":[\"c-1\",\"c-2\"],\"version\":5}")));
    }

    @Test
    void cameraIdsMustBeAListOfTexts() {
        ValidationException refusal = assertThrows(ValidationException.class,
                () -> DeviceGroupForm.input(Jsons.readObject("{\"name\":\"Gates\",\"cameraIds\":[{\"id\":\"c-1\"}]}")));

        assertEquals("cameraIds", refusal.field());
    }
}
