package org.argusvms.systemtest;

import org.argusvms.systemtest.support.ArgusStack;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.List;

/**
 * The web client's alarms page as an operator drives it: the live list, the selected alarm's details, and the
 * keyboard shortcuts. The page mirrors its state on {@code <main id="alarms" data-state data-live>}, each row's
 * alarm on {@code data-alarm-id}/{@code data-state}, and the details panel's on {@code <aside id="alarm-details">}.
 */
final class WebClientAlarmsPage {

    private static final Duration PAGE_READY = Duration.ofSeconds(30);

    private final BrowserSession browser;

    private WebClientAlarmsPage(BrowserSession browser) {
        this.browser = browser;
    }

    /** Follows the Alarms link of the navigation and waits until the list is read and live notices arrive. */
    static WebClientAlarmsPage openFromNavigation(BrowserSession browser) {
        browser.driver().findElement(By.id("nav-alarms")).click();
        return awaitLive(browser);
    }

    /** Opens the page by its address, as a bookmark would. */
    static WebClientAlarmsPage open(BrowserSession browser) {
        browser.open(ArgusStack.webClientUrl() + "alarms.xhtml");
        return awaitLive(browser);
    }

    private static WebClientAlarmsPage awaitLive(BrowserSession browser) {
        browser.await("the alarms page listed and live", PAGE_READY, d -> {
            WebElement page = d.findElement(By.id("alarms"));
            return "ready".equals(page.getDomAttribute("data-state")) && "true".equals(page.getDomAttribute("data-live"));
        });
        return new WebClientAlarmsPage(browser);
    }

    /** The ids of the listed alarms whose row mentions {@code text}. */
    List<String> alarmIdsMentioning(String text) {
        return browser.driver().findElements(By.cssSelector("#alarm-rows tr")).stream()
                .filter(row -> row.getText().contains(text))
                .map(row -> row.getDomAttribute("data-alarm-id"))
                .toList();
    }

    WebElement row(String alarmId) {
        return browser.driver().findElement(By.cssSelector("#alarm-rows tr[data-alarm-id='" + alarmId + "']"));
    }

    void awaitDetails(String what, Duration timeout, String alarmId, String state) {
        browser.await(what, timeout, d -> {
            WebElement details = d.findElement(By.id("alarm-details"));
            return alarmId.equals(details.getDomAttribute("data-alarm-id"))
                    && state.equals(details.getDomAttribute("data-state"));
        });
    }

    String detail(String field) {
        return browser.driver().findElement(By.id("alarm-detail-" + field)).getText();
    }

    List<String> historyLines() {
        return browser.driver().findElements(By.cssSelector("#alarm-history li")).stream().map(WebElement::getText)
                .toList();
    }

    /** Presses a shortcut as an operator would, on the page rather than in a field. */
    void pressKey(CharSequence key) {
        browser.driver().findElement(By.tagName("body")).sendKeys(key);
    }

    /** Types into the comment field, which has the focus after C without a comment. */
    void typeComment(CharSequence... keys) {
        WebDriver driver = browser.driver();
        browser.await("the comment field focused", Duration.ofSeconds(5),
                d -> "alarm-comment".equals(d.switchTo().activeElement().getDomAttribute("id")));
        driver.switchTo().activeElement().sendKeys(keys);
    }
}
