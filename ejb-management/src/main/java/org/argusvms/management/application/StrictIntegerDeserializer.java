package org.argusvms.management.application;

import jakarta.json.JsonNumber;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;

import java.lang.reflect.Type;

/**
 * An {@code Integer} field that accepts only a JSON whole number within int range (or null). JSON-B's own reading
 * truncates 1.5 to 1, wraps 4294967297 round to 1 and takes the string "1000": each would store something the client
 * did not send, which is worse than refusing it.
 */
public final class StrictIntegerDeserializer implements JsonbDeserializer<Integer> {

    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
        JsonValue value = parser.getValue();
        if (value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.bigIntegerValueExact().intValueExact();
            } catch (ArithmeticException e) {
                // out of range: refused below
            }
        }
        throw new JsonbException("expected a whole number, got " + value.getValueType());
    }
}
