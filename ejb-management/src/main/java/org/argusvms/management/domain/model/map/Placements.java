package org.argusvms.management.domain.model.map;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.argusvms.json.Jsons;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cameras of one plan, at most one placement per camera. Stored as one JSON text in the plan's row, so that every
 * change of the placements moves the plan's version (optimistic locking) like any other edit of it.
 */
public record Placements(List<CameraPlacement> all) {

    public static final int MAX_PLACEMENTS = 500;

    public Placements {
        if (all.size() > MAX_PLACEMENTS) {
            throw new IllegalArgumentException("a plan holds at most " + MAX_PLACEMENTS + " cameras");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (CameraPlacement placement : all) {
            if (!seen.add(placement.cameraId())) {
                throw new IllegalArgumentException("camera " + placement.cameraId() + " is placed twice");
            }
        }
        all = List.copyOf(all);
    }

    public static Placements none() {
        return new Placements(List.of());
    }

    public boolean contains(String cameraId) {
        return all.stream().anyMatch(placement -> placement.cameraId().equals(cameraId));
    }

    String encoded() {
        JsonArrayBuilder array = Jsons.arrayBuilder();
        for (CameraPlacement placement : all) {
            JsonObjectBuilder item = Jsons.objectBuilder().add("cameraId", placement.cameraId())
                    .add("x", placement.x()).add("y", placement.y());
            if (placement.rotation() != null) {
                item.add("rotation", placement.rotation());
            }
            if (placement.label() != null) {
                item.add("label", placement.label());
            }
            array.add(item);
        }
        return array.build().toString();
    }

    static Placements decode(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return none();
        }
        JsonArray array;
        try (var reader = Jsons.reader(new StringReader(encoded))) {
            array = reader.readArray();
        }
        List<CameraPlacement> placements = new ArrayList<>();
        for (JsonValue value : array) {
            JsonObject item = value.asJsonObject();
            JsonNumber rotation = item.getJsonNumber("rotation");
            placements.add(new CameraPlacement(item.getString("cameraId"),
                    item.getJsonNumber("x").doubleValue(), item.getJsonNumber("y").doubleValue(),
                    rotation == null ? null : rotation.intValue(), item.getString("label", null)));
        }
        return new Placements(placements);
    }
}
