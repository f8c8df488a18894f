package org.argusvms.events.infrastructure.persistence;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.argusvms.events.domain.model.rule.ActionType;
import org.argusvms.events.domain.model.rule.RuleAction;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.argusvms.json.Jsons;

/** Stores a rule's actions as one JSON array: they are always read and written whole, in order. */
@Converter
public class RuleActionsConverter implements AttributeConverter<List<RuleAction>, String> {

    @Override
    public String convertToDatabaseColumn(List<RuleAction> actions) {
        JsonArrayBuilder array = Jsons.arrayBuilder();
        for (RuleAction action : actions) {
            JsonObjectBuilder json = Jsons.objectBuilder().add("type", action.type().name());
            addList(json, "cameraIds", action.cameraIds());
            addIfPresent(json, "alarmName", action.alarmName());
            if (action.priority() != null) {
                json.add("priority", action.priority());
            }
            addIfPresent(json, "message", action.message());
            addList(json, "recipients", action.recipients());
            addIfPresent(json, "subject", action.subject());
            addIfPresent(json, "monitor", action.monitor());
            if (action.seconds() != null) {
                json.add("seconds", action.seconds());
            }
            addIfPresent(json, "preset", action.preset());
            addIfPresent(json, "output", action.output());
            if (action.active() != null) {
                json.add("active", action.active());
            }
            array.add(json);
        }
        return array.build().toString();
    }

    @Override
    public List<RuleAction> convertToEntityAttribute(String stored) {
        List<RuleAction> actions = new ArrayList<>();
        if (stored == null) {
            return actions;
        }
        JsonArray array;
        try (JsonReader reader = Jsons.reader(new StringReader(stored))) {
            array = reader.readArray();
        }
        for (JsonValue value : array) {
            JsonObject json = value.asJsonObject();
            actions.add(new RuleAction(ActionType.valueOf(json.getString("type")), list(json, "cameraIds"),
                    json.getString("alarmName", null), json.containsKey("priority") ? json.getInt("priority") : null,
                    json.getString("message", null), list(json, "recipients"), json.getString("subject", null),
                    json.getString("monitor", null), json.containsKey("seconds") ? json.getInt("seconds") : null,
                    json.getString("preset", null), json.getString("output", null),
                    json.containsKey("active") ? json.getBoolean("active") : null));
        }
        return actions;
    }

    private static void addList(JsonObjectBuilder json, String name, List<String> values) {
        if (!values.isEmpty()) {
            json.add(name, Jsons.arrayBuilder(values));
        }
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }

    private static List<String> list(JsonObject json, String name) {
        JsonArray array = json.getJsonArray(name);
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
