package org.argusvms.mobile.events;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubscriptionTest {

    @Test
    void withoutFiltersEverythingIsWanted() {
        Subscription all = Subscription.fromJson(json("{\"type\":\"subscribe\"}"));

        assertTrue(all.wants("generic", null));
        assertTrue(all.wants("camera.connected", "cam-1"));
    }

    @Test
    void eventTypesAndCamerasBothHaveToMatch() {
        Subscription gate = Subscription.fromJson(json(
                "{\"type\":\"subscribe\",\"eventTypes\":[\"camera.connected\"],\"cameraIds\":[\"cam-1\"]}"));

        assertTrue(gate.wants("camera.connected", "cam-1"));
        assertFalse(gate.wants("camera.connected", "cam-2"));
        assertFalse(gate.wants("camera.disconnected", "cam-1"));
        assertFalse(gate.wants("camera.connected", null), "listing cameras leaves out events of no camera");
    }

    @Test
    void filtersMustBeListsOfStrings() {
        assertThrows(IllegalArgumentException.class,
                () -> Subscription.fromJson(json("{\"type\":\"subscribe\",\"eventTypes\":\"generic\"}")));
        assertThrows(IllegalArgumentException.class,
                () -> Subscription.fromJson(json("{\"type\":\"subscribe\",\"cameraIds\":[1]}")));
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
