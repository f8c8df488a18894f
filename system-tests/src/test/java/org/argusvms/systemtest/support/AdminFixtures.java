package org.argusvms.systemtest.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What a test sets up as the administrator through the REST API (cameras, roles, definitions), removed again by
 * {@link #removeAll()} newest first, so that what depends on something goes before it.
 */
public final class AdminFixtures {

    private final ApiClient api;
    private final String adminToken;
    private final List<String> created = new ArrayList<>();

    public AdminFixtures(ApiClient api, String adminToken) {
        this.api = api;
        this.adminToken = adminToken;
    }

    /** POSTs {@code body} to the collection {@code path}, expecting 201; returns what was created. */
    public JsonObject create(String path, JsonObject body) {
        ApiClient.Answer answer = api.postJson(path, adminToken, body);
        assertEquals(201, answer.status(), answer.body());
        created.add(0, path + "/" + answer.json().getString("id"));
        return answer.json();
    }

    /** A role for users with the token claim {@code claim}, granting {@code rights} on one camera. */
    public JsonObject grantOnCamera(String roleName, String claim, String cameraId, String... rights) {
        return create("/roles", Json.createObjectBuilder().add("name", roleName)
                .add("claims", Json.createArrayBuilder().add(claim))
                .add("grants", Json.createArrayBuilder().add(Json.createObjectBuilder().add("scope", "CAMERA")
                        .add("targetId", cameraId).add("rights", Json.createArrayBuilder(List.of(rights)))))
                .build());
    }

    public void removeAll() {
        created.forEach(path -> api.delete(path, adminToken));
        created.clear();
    }
}
