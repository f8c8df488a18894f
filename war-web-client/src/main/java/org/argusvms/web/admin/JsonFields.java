package org.argusvms.web.admin;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.argusvms.management.application.ValidationException;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Typed reads of the configuration forms' JSON fields. Only types are checked here (a wrong type is refused naming
 * its field); what the values may be is the EJBs' business, so the page and the REST API follow the same rules.
 * An absent field and JSON null both read as null ("not given").
 */
final class JsonFields {

    private JsonFields() {
    }

    static String text(JsonObject body, String field) {
        JsonValue value = present(body, field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw new ValidationException(field, field + " must be text");
    }

    static Boolean flag(JsonObject body, String field) {
        JsonValue value = present(body, field);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new ValidationException(field, field + " must be true or false");
    }

    static Integer integer(JsonObject body, String field) {
        JsonNumber number = number(body, field);
        try {
            return number == null ? null : number.intValueExact();
        } catch (ArithmeticException e) {
            throw new ValidationException(field, field + " must be a whole number");
        }
    }

    /** The version an edit was based on. */
    static Long version(JsonObject body) {
        JsonNumber number = number(body, "version");
        try {
            return number == null ? null : number.longValueExact();
        } catch (ArithmeticException e) {
            throw new ValidationException("version", "version must be a whole number");
        }
    }

    /** A list of texts, e.g. camera ids; null when not given. */
    static List<String> texts(JsonObject body, String field) {
        return list(body, field, JsonString.class, "texts", JsonString::getString);
    }

    /** A list of objects, e.g. a role's grants; null when not given. */
    static List<JsonObject> objects(JsonObject body, String field) {
        return list(body, field, JsonObject.class, "objects", Function.identity());
    }

    /**
     * A list of polygons, each a list of {@code [x, y]} number pairs (motion regions); null when not given. Only the
     * shape is checked here; the point counts and the 0..1 range are the EJB's business.
     */
    static List<List<List<Double>>> polygons(JsonObject body, String field) {
        return list(body, field, JsonArray.class, "polygons of [x, y] points", polygon -> polygon.stream()
                .map(point -> pair(point, field)).toList());
    }

    private static List<Double> pair(JsonValue point, String field) {
        if (point instanceof JsonArray xy && xy.size() == 2 && xy.stream().allMatch(JsonNumber.class::isInstance)) {
            return xy.getValuesAs(JsonNumber.class).stream().map(JsonNumber::doubleValue).toList();
        }
        throw new ValidationException(field, field + " must be a list of polygons of [x, y] points");
    }

    /** One nested object, e.g. a rule's trigger; null when not given. */
    static JsonObject object(JsonObject body, String field) {
        JsonValue value = present(body, field);
        if (value == null || value instanceof JsonObject) {
            return (JsonObject) value;
        }
        throw new ValidationException(field, field + " must be an object");
    }

    /**
     * Reads a nested object's fields with {@code read}, naming a refused field as the EJBs name it ({@code trigger.type},
     * {@code actions[2].seconds}), so the page shows the refusal next to that field.
     */
    static <T> T within(String prefix, Supplier<T> read) {
        try {
            return read.get();
        } catch (ValidationException e) {
            throw new ValidationException(prefix + e.field(), prefix + e.getMessage());
        }
    }

    private static <V extends JsonValue, T> List<T> list(JsonObject body, String field, Class<V> type, String kind,
                                                         Function<V, T> read) {
        JsonValue value = present(body, field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonArray array && array.stream().allMatch(type::isInstance)) {
            return array.stream().map(type::cast).map(read).toList();
        }
        throw new ValidationException(field, field + " must be a list of " + kind);
    }

    private static JsonNumber number(JsonObject body, String field) {
        JsonValue value = present(body, field);
        if (value == null || value instanceof JsonNumber) {
            return (JsonNumber) value;
        }
        throw new ValidationException(field, field + " must be a whole number");
    }

    private static JsonValue present(JsonObject body, String field) {
        JsonValue value = body.get(field);
        return value == null || value == JsonValue.NULL ? null : value;
    }
}
