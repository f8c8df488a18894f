package org.argusvms.systemtest;

import jakarta.json.JsonObject;
import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusDeployment;
import org.argusvms.systemtest.support.ArgusStack;
import org.argusvms.systemtest.support.ExternalEventSender;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Base of the event-server system tests: the deployed EAR, tokens for an administrator and an operator, a marker
 * unique per test (so events of other tests and earlier runs never match), and definitions removed after each test.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ArgusStack.class)
abstract class EventServerIT {

    static final Duration DELIVERY = Duration.ofSeconds(10);

    final ApiClient api = ArgusStack.api();
    /** REST paths deleted (in order) after the test, as the administrator. */
    final List<String> cleanUp = new ArrayList<>();
    String admin;
    String operator;
    String marker;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ArgusDeployment.ear();
    }

    @BeforeEach
    void signInAndMark() {
        admin = api.token("admin", "admin");
        operator = api.token("operator", "operator");
        marker = ExternalEventSender.marker();
    }

    /** Creates {@code body} at {@code path} as the administrator (201 expected) and removes it after the test. */
    JsonObject createObject(String path, JsonObject body) {
        ApiClient.Answer created = api.postJson(path, admin, body);
        assertEquals(201, created.status(), created.body());
        cleanUp.add(0, path + "/" + created.json().getString("id"));
        return created.json();
    }

    /** {@link #createObject}, returning the new id. */
    String create(String path, JsonObject body) {
        return createObject(path, body).getString("id");
    }

    @AfterEach
    void removeDefinitions() {
        cleanUp.forEach(path -> api.delete(path, admin));
    }
}
