package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusStack;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * The guard of the permission tests: realm user guard/guard (claim guard), whose only VMS role, Guards, grants LIVE on
 * one device group holding one camera, "Guard post".
 */
final class GuardRole {

    static final String GUARD_GROUP = "Guard cameras";
    static final String GUARD_ROLE = "Guards";

    private GuardRole() {
    }

    /** Defines (or redefines) the group and the role as an administrator; returns the guard camera's id. */
    static String define(ApiClient api, String adminToken) {
        String guardCamera = ArgusStack.ensureCamera("Guard post", "cam4");
        String groupId = define(api, adminToken, "/device-groups", GUARD_GROUP, Json.createObjectBuilder()
                .add("name", GUARD_GROUP).add("cameraIds", Json.createArrayBuilder().add(guardCamera)).build());
        define(api, adminToken, "/roles", GUARD_ROLE, Json.createObjectBuilder().add("name", GUARD_ROLE)
                .add("description", "Live video of the guard post")
                .add("claims", Json.createArrayBuilder().add("guard"))
                .add("grants", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("scope", "DEVICE_GROUP").add("targetId", groupId)
                        .add("rights", Json.createArrayBuilder().add("LIVE")))).build());
        return guardCamera;
    }

    /** Creates the device group or role named {@code name}, or redefines the existing one; returns its id. */
    private static String define(ApiClient api, String admin, String collection, String name, JsonObject definition) {
        JsonObject existing = api.get(collection + "?name=" + name.replace(" ", "%20"), admin).jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(o -> name.equals(o.getString("name"))).findFirst().orElse(null);
        Answer answer = existing == null
                ? api.postJson(collection, admin, definition)
                : api.putJson(collection + "/" + existing.getString("id"), admin, Json.createObjectBuilder(definition)
                        .add("version", existing.getJsonNumber("version")).build());
        if (answer.status() != 200 && answer.status() != 201) {
            fail("could not define " + name + ": " + answer.status() + " " + answer.body());
        }
        return answer.json().getString("id");
    }
}
