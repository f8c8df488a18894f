package org.argusvms.systemtest;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ApiClient.Answer;
import org.argusvms.systemtest.support.ArgusDeployment;
import org.argusvms.systemtest.support.ArgusStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The REST API describes itself: an OpenAPI 3 document at /openapi, readable without a token. */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ArgusDeployment.ear();
    }

    @Test
    void theOpenApiDocumentListsTheCameraResource() throws IOException {
        ApiClient server = new ApiClient("http://localhost:8080", ArgusStack.keycloakUrl());
        Answer answer = server.get("/openapi?format=JSON", null);
        assertEquals(200, answer.status(), answer.body());
        Path copy = Path.of("target/openapi/openapi.json"); // for review, and for client generators in the build
        Files.createDirectories(copy.getParent());
        Files.writeString(copy, answer.body());

        JsonObject document = Json.createReader(new StringReader(answer.body())).readObject();

        assertTrue(document.getString("openapi").startsWith("3."), document.getString("openapi"));
        assertEquals("Argus REST API", document.getJsonObject("info").getString("title"));
        Map.Entry<String, ?> cameras = document.getJsonObject("paths").entrySet().stream()
                .filter(path -> path.getKey().endsWith("/v1/cameras")).findFirst()
                .orElseThrow(() -> new AssertionError("no /v1/cameras in " + document.getJsonObject("paths").keySet()));
        JsonObject operations = document.getJsonObject("paths").getJsonObject(cameras.getKey());
        assertTrue(operations.containsKey("get") && operations.containsKey("post"), operations.keySet().toString());
    }
}
