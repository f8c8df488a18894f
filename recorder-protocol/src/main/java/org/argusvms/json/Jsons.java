package org.argusvms.json;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;

import java.io.Reader;
import java.io.StringReader;
import java.util.Collection;

/**
 * JSON-P through one provider looked up once. Every static {@code jakarta.json.Json.createXxx} call looks the provider
 * up again through {@link java.util.ServiceLoader}, which inside WildFly scans the deployment's module jars: a third of
 * the event server's CPU at 2,000 events/s went there (benchmark B8 profile; jakartaee/jsonp-api#154). Parsson's
 * provider is thread-safe, so one instance serves all threads.
 */
public final class Jsons {

    private static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }

    public static JsonObjectBuilder objectBuilder() {
        return PROVIDER.createObjectBuilder();
    }

    public static JsonObjectBuilder objectBuilder(JsonObject initial) {
        return PROVIDER.createObjectBuilder(initial);
    }

    public static JsonArrayBuilder arrayBuilder() {
        return PROVIDER.createArrayBuilder();
    }

    public static JsonArrayBuilder arrayBuilder(Collection<?> initial) {
        return PROVIDER.createArrayBuilder(initial);
    }

    public static JsonReader reader(Reader reader) {
        return PROVIDER.createReader(reader);
    }

    /** Parses a JSON object; {@link JsonException} (or its parsing subclass) if the text is not one. */
    public static JsonObject readObject(String text) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
