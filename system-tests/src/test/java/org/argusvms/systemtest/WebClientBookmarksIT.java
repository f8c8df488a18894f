package org.argusvms.systemtest;

import org.argusvms.systemtest.support.ApiClient;
import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.time.Instant;

import static org.argusvms.systemtest.WebClientLiveIT.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An operator bookmarks what the demo camera recorded ten seconds ago, in headless Chromium: the playback deep link,
 * the B key, a headline, the mark on the timeline and the entry in the list; after a reload the entry plays back the
 * bookmarked instant.
 */
class WebClientBookmarksIT extends BrowserIT {

    /** The bookmark takes the instant on screen; seeking lands within a frame or two of it. */
    private static final double TOLERANCE_SECONDS = 0.5;

    @Test
    void operatorBookmarksAnInstantAndPlaysItBackFromTheList() {
        String demoCamera = ArgusStack.ensureDemoCamera();
        ApiClient api = ArgusStack.api();
        Instant instant = PlaybackIT.awaitRecorded(api, api.token("operator", "operator"), demoCamera,
                Duration.ofSeconds(12), Duration.ofSeconds(7)).minusSeconds(10);
        String headline = "Courier at the desk " + System.nanoTime();

        WebClientPage page = WebClientPage.signIn(browser, "operator", "operator");
        browser.open(ArgusStack.webClientUrl() + "playback.xhtml?camera=" + demoCamera + "&at=" + instant);
        awaitShowing();

        page.pressKey("b");
        WebElement headlineInput = browser.await("the bookmark form", Duration.ofSeconds(10),
                d -> d.findElement(By.cssSelector("#bookmark-form input[name='headline']")).isDisplayed()
                        ? d.findElement(By.cssSelector("#bookmark-form input[name='headline']")) : null);
        headlineInput.sendKeys(headline, Keys.ENTER);

        WebElement entry = awaitEntry(headline);
        Instant bookmarked = Instant.parse(entry.getDomAttribute("data-at"));
        assertEquals(0, Duration.between(instant, bookmarked).toMillis() / 1000.0, TOLERANCE_SECONDS,
                "the bookmark marks the instant on screen");
        assertTrue(entry.getText().contains("operator"), "the list says who bookmarked: " + entry.getText());
        String id = entry.getDomAttribute("data-bookmark-id");
        browser.await("the bookmark's mark on the timeline", Duration.ofSeconds(10),
                d -> d.findElements(By.cssSelector("#timeline-bookmarks .timeline-bookmark[data-bookmark-id='" + id
                        + "']")).stream().findFirst().orElse(null));
        browser.screenshot("07-bookmark");

        browser.open(ArgusStack.webClientUrl() + "playback.xhtml");
        page.cameraButton(ArgusStack.demoCameraName()).click();
        awaitEntry(headline).click();
        WebElement video = awaitShowing();
        double shownAt = Instant.parse(video.getDomAttribute("data-clip-start")).toEpochMilli() / 1000.0
                + number(browser.script("return arguments[0].currentTime;", video));
        assertEquals(bookmarked.toEpochMilli() / 1000.0, shownAt, TOLERANCE_SECONDS,
                "the entry plays back the bookmarked instant");
    }

    private WebElement awaitShowing() {
        return browser.await("the recorded video of the instant", Duration.ofSeconds(30),
                d -> d.findElements(By.cssSelector("main#playback[data-state='showing'] video")).stream()
                        .findFirst().orElse(null));
    }

    private WebElement awaitEntry(String headline) {
        return browser.await("the bookmark \"" + headline + "\" in the list", Duration.ofSeconds(30),
                d -> d.findElements(By.cssSelector("#bookmark-list .bookmark-entry")).stream()
                        .filter(entry -> entry.getText().contains(headline)).findFirst().orElse(null));
    }
}
