package org.argusvms.systemtest;

import org.argusvms.systemtest.support.ArgusStack;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;

/**
 * The operator web client's main page as a user drives it: who is signed in, the cameras they may watch, the live
 * wall's keyboard shortcuts. The page renders the header and the camera list on the server in one response, so once
 * the user's name shows, the list is complete.
 */
final class WebClientPage {

    private final BrowserSession browser;

    private WebClientPage(BrowserSession browser) {
        this.browser = browser;
    }

    /** Opens the web client, is sent to Keycloak's form of realm argus, signs in, and waits for the page. */
    static WebClientPage signIn(BrowserSession browser, String username, String password) {
        browser.open(ArgusStack.webClientUrl());
        KeycloakLoginPage login = KeycloakLoginPage.await(browser, "argus");
        browser.screenshot("01-keycloak-login");
        login.signIn(username, password);
        return awaitSignedIn(browser, username);
    }

    /** Waits until the browser is back on the web client, signed in as {@code username}. */
    static WebClientPage awaitSignedIn(BrowserSession browser, String username) {
        browser.await(username + " signed in to the web client", Duration.ofSeconds(30),
                driver -> driver.getCurrentUrl().startsWith(ArgusStack.webClientUrl())
                        && !driver.findElements(By.id("user-name")).isEmpty()
                        && username.equals(driver.findElement(By.id("user-name")).getText()));
        return new WebClientPage(browser);
    }

    List<String> cameraNames() {
        return browser.driver().findElements(By.cssSelector("button.camera")).stream()
                .map(button -> button.getDomAttribute("data-camera-name"))
                .toList();
    }

    /**
     * The camera's button, scrolled to the middle of the list: at its top it would sit under the list's sticky header,
     * which would take the click (as an operator would scroll before clicking).
     */
    WebElement cameraButton(String cameraName) {
        WebElement button = browser.await("camera \"" + cameraName + "\" in the camera list", Duration.ofSeconds(30),
                d -> d.findElements(By.cssSelector("button.camera")).stream()
                        .filter(candidate -> cameraName.equals(candidate.getDomAttribute("data-camera-name")))
                        .findFirst().orElse(null));
        browser.script("arguments[0].scrollIntoView({block: 'center'});", button);
        return button;
    }

    /** Presses a keyboard shortcut of the live wall (sent to the page body, as an operator's key press). */
    void pressKey(String key) {
        browser.driver().findElement(By.tagName("body")).sendKeys(key);
    }

    /** Follows the navigation link to the playback page and waits for it to be ready. */
    void openPlayback() {
        browser.driver().findElement(By.id("nav-playback")).click();
        browser.await("the playback page", Duration.ofSeconds(30),
                d -> d.findElements(By.cssSelector("main#playback[data-state]")).isEmpty() ? null : true);
    }
}
