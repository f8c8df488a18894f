package org.argusvms.systemtest;

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

    @AfterEach
    void removeDefinitions() {
        cleanUp.forEach(path -> api.delete(path, admin));
    }
}
