package org.argusvms.systemtest;

import org.argusvms.systemtest.support.ArgusDeployment;
import org.argusvms.systemtest.support.ArgusStack;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.reflect.Method;

/**
 * Base of the web-client browser tests: the deployed EAR and a fresh headless Chromium per test, whose last
 * screenshot and console log are kept as test artifacts (named after the test method) before it is closed.
 */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(ArgusStack.class)
abstract class BrowserIT {

    BrowserSession browser;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ArgusDeployment.ear();
    }

    @BeforeEach
    void startBrowser() {
        browser = BrowserSession.start();
    }

    @AfterEach
    void keepEvidenceAndCloseBrowser(TestInfo test) {
        String name = test.getTestMethod().map(Method::getName).orElse("test");
        try {
            browser.screenshot(name + "-end");
            browser.saveConsoleLog(name);
        } finally {
            browser.close();
        }
    }
}
