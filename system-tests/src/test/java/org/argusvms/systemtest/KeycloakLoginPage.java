package org.argusvms.systemtest;

import org.argusvms.systemtest.support.ArgusStack;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

import java.time.Duration;

/** Keycloak's login page of one realm, used as a person would: type name and password, or pick an identity provider. */
final class KeycloakLoginPage {

    private final WebDriver driver;

    private KeycloakLoginPage(WebDriver driver) {
        this.driver = driver;
    }

    /** Waits until the browser shows the login form of {@code realm} (the web client redirects there on its own). */
    static KeycloakLoginPage await(BrowserSession browser, String realm) {
        String realmUrl = ArgusStack.keycloakUrl() + "/realms/" + realm + "/";
        browser.await("Keycloak's login form of realm " + realm, Duration.ofSeconds(30),
                driver -> driver.getCurrentUrl().startsWith(realmUrl) && !driver.findElements(By.id("username")).isEmpty());
        return new KeycloakLoginPage(browser.driver());
    }

    void signIn(String username, String password) {
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("kc-login")).click();
    }

    /** Clicks the button Keycloak shows for an identity provider of the realm ("Sign in with …"). */
    void chooseIdentityProvider(String alias) {
        driver.findElement(By.id("social-" + alias)).click();
    }
}
