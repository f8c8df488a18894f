package org.argusvms.web.admin;

import jakarta.json.JsonObject;
import org.argusvms.events.application.AlarmDefinitionInput;
import org.argusvms.events.application.AlarmDefinitionView;
import org.argusvms.json.Jsons;
import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AlarmDefinitionFormTest {

    @Test
    void aListedDefinitionSentBackUnchangedIsTheSameInputAndVersion() {
        AlarmDefinitionView definition = new AlarmDefinitionView("d-1", "Gate lost", true, "camera.disconnected", null,
                null, "c-1", 2, "Technical", List.of("c-1", "c-2"), "Call the technician", 30, "tp-1", 7);
        JsonObject body = Jsons.readObject(RecordJson.object(definition));

        assertEquals(new AlarmDefinitionInput("Gate lost", true, "camera.disconnected", null, null, "c-1", 2,
                "Technical", List.of("c-1", "c-2"), "Call the technician", 30, "tp-1"), AlarmDefinitionForm.input(body));
        assertEquals(7L, AlarmDefinitionForm.version(body));
    }

    @Test
    void aChangeWithoutTheVersionItWasBasedOnIsRefused() {
        ValidationException refusal = assertThrows(ValidationException.class,
                () -> AlarmDefinitionForm.version(Jsons.readObject("{\"name\":\"Gate lost\"}")));

        assertEquals("version", refusal.field());
    }
}
