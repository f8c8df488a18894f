package org.argusvms.web.maps;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.argusvms.json.Jsons;
import org.argusvms.management.application.CameraView;
import org.argusvms.management.application.MapDetails;
import org.argusvms.management.application.MapPlacementDetails;
import org.argusvms.management.application.MapPlacementInput;
import org.argusvms.management.application.MapPlacementsInput;
import org.argusvms.management.application.ValidationException;
import org.argusvms.web.view.CameraRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The maps page's JSON: maps with their cameras' live state, and the placements the editor sends. */
final class MapJson {

    private MapJson() {
    }

    /** {@code [{id, name, version, hasImage}]}: the picker's entries. */
    static String list(List<MapDetails> maps) {
        JsonArrayBuilder array = Jsons.arrayBuilder();
        for (MapDetails map : maps) {
            array.add(summary(map));
        }
        return array.build().toString();
    }

    static JsonObjectBuilder summary(MapDetails map) {
        return Jsons.objectBuilder().add("id", map.id()).add("name", map.name()).add("version", map.version())
                .add("hasImage", map.imageType() != null);
    }

    /**
     * One map; each placement carries its camera's state as the live page's camera list shows it ({@code stateLabel},
     * {@code stateTone}: ok, warn, bad or off) and whether live video can be opened ({@code watchable}).
     *
     * @param camerasById the cameras the caller may see, by id
     */
    static String map(MapDetails map, Map<String, CameraView> camerasById) {
        JsonArrayBuilder placements = Jsons.arrayBuilder();
        for (MapPlacementDetails placement : map.placements()) {
            CameraView camera = camerasById.get(placement.cameraId());
            CameraRow row = camera == null ? null : new CameraRow(camera);
            JsonObjectBuilder item = Jsons.objectBuilder().add("cameraId", placement.cameraId())
                    .add("cameraName", placement.cameraName()).add("x", placement.x()).add("y", placement.y())
                    .add("stateLabel", row == null ? "Unknown" : row.getStateLabel())
                    .add("stateTone", row == null ? "off" : row.getStateTone())
                    .add("watchable", row != null && row.isWatchable());
            if (placement.rotation() != null) {
                item.add("rotation", placement.rotation());
            }
            if (placement.label() != null) {
                item.add("label", placement.label());
            }
            placements.add(item);
        }
        JsonObjectBuilder body = Jsons.objectBuilder().add("id", map.id()).add("name", map.name())
                .add("version", map.version()).add("placements", placements);
        if (map.imageType() != null) {
            body.add("imageWidth", map.imageWidth()).add("imageHeight", map.imageHeight());
        }
        return body.build().toString();
    }

    /** {@code {version, placements: [{cameraId, x, y, rotation?, label?}]}} as the editor sends it. */
    static MapPlacementsInput placements(JsonObject body) {
        JsonValue list = body.get("placements");
        if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new ValidationException("placements", "A list of placements is required.");
        }
        List<MapPlacementInput> placements = new ArrayList<>();
        for (JsonValue value : list.asJsonArray()) {
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new ValidationException("placements", "Each placement must be an object.");
            }
            JsonObject item = value.asJsonObject();
            Double rotation = number(item, "rotation");
            placements.add(new MapPlacementInput(text(item, "cameraId"), number(item, "x"), number(item, "y"),
                    rotation == null ? null : (int) Math.round(rotation), text(item, "label")));
        }
        return new MapPlacementsInput(placements, version(body));
    }

    /** The version the change is based on; the service refuses a missing one where it needs it. */
    static Long version(JsonObject body) {
        Double version = number(body, "version");
        return version == null ? null : version.longValue();
    }

    /** A number field; null when absent or null, refused when it is something else. */
    private static Double number(JsonObject item, String field) {
        JsonValue value = item.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new ValidationException(field, "'" + field + "' must be a number.");
        }
        return item.getJsonNumber(field).doubleValue();
    }

    private static String text(JsonObject item, String field) {
        JsonValue value = item.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new ValidationException(field, "'" + field + "' must be text.");
        }
        return item.getString(field);
    }
}
