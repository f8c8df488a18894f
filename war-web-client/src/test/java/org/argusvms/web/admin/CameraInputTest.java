package org.argusvms.web.admin;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.management.application.CameraChange;
import org.argusvms.management.application.CameraMotion;
import org.argusvms.management.application.NewCamera;
import org.argusvms.management.application.ValidationException;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CameraInputTest {

    @Test
    void theAddFormBecomesANewCameraFieldForField() {
        NewCamera camera = CameraInput.newCamera(json("""
                {"name":"Gate","streamUrl":"rtsp://10.0.0.5/s1","username":"viewer","password":"secret",
                 "recorderId":"rec-1","recordingMode":"MOTION","enabled":false,"preBufferSeconds":3,
                 "postBufferSeconds":null,"idleRecording":"KEYFRAMES","onvifAddress":"","rtspTransport":"UDP",
                 "liveStream":"SECONDARY","liveStreamUrl":"rtsp://10.0.0.5/s2"}"""));

        assertEquals(NewCamera.builder().name("Gate").streamUrl("rtsp://10.0.0.5/s1").credentials("viewer", "secret")
                .recorderId("rec-1").recordingMode("MOTION").enabled(false).triggeredRecording(3, null, "KEYFRAMES")
                .onvifAddress("").rtspTransport("UDP").liveStream("SECONDARY", "rtsp://10.0.0.5/s2").build(), camera);
    }

    @Test
    void anEmptyPasswordInAnEditKeepsTheStoredOneAndTheVersionIsPassedOn() {
        CameraChange change = CameraInput.change(json("""
                {"name":"Gate","streamUrl":"rtsp://10.0.0.5/s1","password":"","version":7}"""));

        assertNull(change.password(), "null keeps the stored password");
        assertEquals(7L, change.version());
    }

    @Test
    void theMotionFieldsBecomeTheCamerasMotionAndTheirAbsenceKeepsTheStoredOne() {
        CameraChange change = CameraInput.change(json("""
                {"name":"Gate","motion.enabled":true,"motion.sensitivity":null,"version":7}"""));

        assertEquals(new CameraMotion(true, null), change.motion());
        assertNull(CameraInput.newCamera(json("{\"name\":\"Gate\"}")).motion());
        ValidationException refused = assertThrows(ValidationException.class,
                () -> CameraInput.change(json("{\"name\":\"Gate\",\"motion.sensitivity\":\"high\"}")));
        assertEquals("motion.sensitivity", refused.field());
    }

    @Test
    void aWrongTypeIsRefusedNamingItsField() {
        ValidationException text = assertThrows(ValidationException.class,
                () -> CameraInput.newCamera(json("{\"name\":42}")));
        ValidationException number = assertThrows(ValidationException.class,
                () -> CameraInput.newCamera(json("{\"name\":\"Gate\",\"preBufferSeconds\":\"five\"}")));
        ValidationException fraction = assertThrows(ValidationException.class,
                () -> CameraInput.change(json("{\"name\":\"Gate\",\"version\":1.5}")));
        ValidationException flag = assertThrows(ValidationException.class,
                () -> CameraInput.newCamera(json("{\"name\":\"Gate\",\"enabled\":\"yes\"}")));

        assertEquals("name", text.field());
        assertEquals("preBufferSeconds", number.field());
        assertEquals("version", fraction.field());
        assertEquals("enabled", flag.field());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
