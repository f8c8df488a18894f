package org.argusvms.mobile.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request. Without a resolver RESTEasy builds a new {@link Jsonb} per request body,
 * which looks the provider up through the service loader and makes Yasson rebuild its model of each class it
 * serialises: over a quarter of the API's CPU in benchmark B11. Yasson's {@code Jsonb} is thread-safe and meant to
 * be shared; it lives as long as the deployment.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
