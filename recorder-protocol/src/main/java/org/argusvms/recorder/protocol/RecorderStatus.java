package org.argusvms.recorder.protocol;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.util.ArrayList;
import java.util.List;

/** Answer to {@code getStatus}: the recorder's identity and the state of each of its cameras. */
public record RecorderStatus(String recorderId, String version, List<CameraStatus> cameras) {

    public RecorderStatus {
        cameras = List.copyOf(cameras);
    }

    public JsonObject toJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        cameras.forEach(camera -> array.add(camera.toJson()));
        return Json.createObjectBuilder()
                .add("recorderId", recorderId).add("version", version).add("cameras", array).build();
    }

    public static RecorderStatus fromJson(JsonObject json) throws ProtocolException {
        List<CameraStatus> cameras = new ArrayList<>();
        JsonValue array = json.get("cameras");
        if (array == null || array.getValueType() != JsonValue.ValueType.ARRAY) {
            throw JsonFields.invalid("\"cameras\" must be an array");
        }
        for (JsonValue camera : array.asJsonArray()) {
            if (camera.getValueType() != JsonValue.ValueType.OBJECT) {
                throw JsonFields.invalid("\"cameras\" must hold objects");
            }
            cameras.add(CameraStatus.fromJson(camera.asJsonObject()));
        }
        return new RecorderStatus(JsonFields.requiredString(json, "recorderId"),
                JsonFields.requiredString(json, "version"), cameras);
    }

    public CameraStatus camera(String cameraId) {
        return cameras.stream().filter(c -> c.cameraId().equals(cameraId)).findFirst().orElse(null);
    }
}
