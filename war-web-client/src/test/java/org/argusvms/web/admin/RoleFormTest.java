package org.argusvms.web.admin;

import jakarta.json.JsonObject;
import org.argusvms.json.Jsons;
import org.argusvms.management.application.GrantView;
import org.argusvms.management.application.RoleInput;
import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RoleFormTest {

    @Test
    void theFormBecomesTheRoleInputFieldForField() {
        RoleInput input = RoleForm.input(Jsons.readObject("""
                {"name":"Night shift","description":"Gate cameras","claims":["night","guard"],
                 "grants":[{"scope":"ALL","rights":["LIVE"]},
                           {"scope":"DEVICE_GROUP","targetId":"g-1","rights":["PLAYBACK","EXPORT"]}],
                 "adminAreas":["SECURITY"],"ptzPriority":4000,"version":3}"""));

        assertEquals(new RoleInput("Night shift", "Gate cameras", List.of("night", "guard"), List.of(
                new GrantView("ALL", null, List.of("LIVE")),
                new GrantView("DEVICE_GROUP", "g-1", List.of("PLAYBACK", "EXPORT"))),
                List.of("SECURITY"), 4000, 3L), input);
    }

    @Test
    void anEmptyPtzPriorityIsNotGivenSoTheRoleKeepsItsOwn() {
        RoleInput input = RoleForm.input(Jsons.readObject("{\"name\":\"Night shift\",\"ptzPriority\":null}"));

        assertNull(input.ptzPriority());
        assertNull(input.grants());
    }

    @Test
    void aWrongTypeIsRefusedNamingTheFieldAsTheRoleServiceNamesIt() {
        assertEquals("ptzPriority", refusal("{\"ptzPriority\":1.5}").field());
        assertEquals("claims", refusal("{\"claims\":\"guard\"}").field());
        assertEquals("claims", refusal("{\"claims\":[7]}").field());
        assertEquals("grants", refusal("{\"grants\":[\"LIVE\"]}").field());
        ValidationException rights = refusal("{\"grants\":[{\"scope\":\"ALL\",\"rights\":\"LIVE\"}]}");
        assertEquals("grants.rights", rights.field());
        assertEquals("grants.rights must be a list of texts", rights.getMessage());
    }

    private static ValidationException refusal(String json) {
        JsonObject body = Jsons.readObject(json);
        return assertThrows(ValidationException.class, () -> RoleForm.input(body));
    }
}
