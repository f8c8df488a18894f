package org.argusvms.web.control;

import jakarta.json.JsonObject;
import org.argusvms.json.Jsons;
import org.argusvms.management.application.CameraView;
import org.argusvms.management.application.PtzMove;
import org.argusvms.management.application.ValidationException;
import org.argusvms.management.domain.model.role.CameraRight;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CameraControlJsonTest {

    private static final String ONVIF = "http://10.0.0.7/onvif/device_service";

    @Test
    void aTileOffersTheControlsTheUserHasTheRightFor() {
        JsonObject controls = controls(ONVIF, EnumSet.of(CameraRight.LIVE, CameraRight.PTZ));
        assertEquals("cam-1", controls.getString("cameraId"));
        assertEquals(true, controls.getBoolean("ptz"));
        assertEquals(false, controls.getBoolean("outputs"));
        assertEquals(true, controls(ONVIF, EnumSet.of(CameraRight.OUTPUT)).getBoolean("outputs"));
    }

    @Test
    void aCameraWithoutOnvifOffersNoControlsWhateverTheRights() {
        JsonObject controls = controls(null, EnumSet.allOf(CameraRight.class));
        assertEquals(false, controls.getBoolean("ptz"));
        assertEquals(false, controls.getBoolean("outputs"));
    }

    @Test
    void aMoveIsPassedOnAsGivenAndAbsentMembersStayAbsent() {
        assertEquals(new PtzMove(-0.5, null, 0.25, 2),
                CameraControlJson.move(Jsons.readObject("{\"pan\":-0.5,\"zoom\":0.25,\"seconds\":2}")));
        assertEquals(new PtzMove(null, null, null, null), CameraControlJson.move(Jsons.readObject("{}")));
    }

    @Test
    void membersOfTheWrongTypeAreRefusedNamingTheMember() {
        assertEquals("pan", refusedField(() -> CameraControlJson.move(Jsons.readObject("{\"pan\":\"left\"}"))));
        assertEquals("seconds", refusedField(() -> CameraControlJson.move(Jsons.readObject("{\"seconds\":1.5}"))));
        assertEquals("seconds", refusedField(() -> CameraControlJson.move(
                Jsons.readObject("{\"seconds\":4294967297}"))));
        assertEquals("active", refusedField(() -> CameraControlJson.active(Jsons.readObject("{\"active\":\"yes\"}"))));
        assertEquals("preset", refusedField(() -> CameraControlJson.string(Jsons.readObject("{\"preset\":3}"),
                "preset")));
    }

    @Test
    void switchesAndTokensAreReadAsSent() {
        assertEquals(true, CameraControlJson.active(Jsons.readObject("{\"active\":true}")));
        assertEquals(false, CameraControlJson.active(Jsons.readObject("{\"active\":false}")));
        assertNull(CameraControlJson.active(Jsons.readObject("{}")), "the service names the missing switch");
        assertEquals("relay1", CameraControlJson.string(Jsons.readObject("{\"output\":\"relay1\"}"), "output"));
    }

    @Test
    void anUnusableCameraIdIsRefusedBeforeAnyServiceIsAsked() {
        assertEquals("camera", refusedField(() -> CameraControlServlet.cameraId("cam\nX")));
        assertEquals("camera", refusedField(() -> CameraControlServlet.cameraId(null)));
        assertEquals("cam-1", CameraControlServlet.cameraId("cam-1"));
    }

    private static JsonObject controls(String onvifAddress, Set<CameraRight> rights) {
        CameraView camera = CameraView.builder("cam-1", "Gate").recorderId("rec-1").version(1)
                .state("STREAMING", null).triggeredRecording(3, 5, "KEYFRAMES").onvifAddress(onvifAddress).build();
        return Jsons.readObject(CameraControlJson.controls(camera, rights));
    }

    private static String refusedField(Runnable call) {
        return assertThrows(ValidationException.class, call::run).field();
    }
}
