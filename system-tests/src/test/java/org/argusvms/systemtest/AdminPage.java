package org.argusvms.systemtest;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.time.Duration;

/**
 * The configuration page as its browser tests use it: its forms (#PREFIX-form with #PREFIX-save and
 * #PREFIX-form-status, the server's refusals in {@code .field-error[data-error-for~=FIELD]}) and its lists, whose rows
 * the page re-renders every few seconds (so clicks in a row are retried).
 */
final class AdminPage {

    static final Duration PAGE = Duration.ofSeconds(30);

    private final BrowserSession browser;

    private AdminPage(BrowserSession browser) {
        this.browser = browser;
    }

    /** Follows the Configuration link of the signed-in page and waits for the lists. */
    static AdminPage open(BrowserSession browser) {
        browser.driver().findElement(By.id("nav-configuration")).click();
        browser.await("the configuration page", PAGE,
                d -> d.findElements(By.cssSelector("main#admin[data-state='ready']")).isEmpty() ? null : true);
        return new AdminPage(browser);
    }

    /** For pages already on the configuration page. */
    static AdminPage of(BrowserSession browser) {
        return new AdminPage(browser);
    }

    WebElement field(String form, String name) {
        return browser.driver().findElement(By.cssSelector("#" + form + " [name='" + name + "']"));
    }

    /** Types into a text field, replacing what it held. */
    void fill(String form, String name, String value) {
        WebElement input = field(form, name);
        input.clear();
        input.sendKeys(value);
    }

    /** Sets a field the way a picker would (time inputs, selects), announcing the change as the browser does. */
    void choose(WebElement input, String value) {
        browser.script("arguments[0].value = arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input', {bubbles: true}));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));", input, value);
    }

    void choose(String form, String name, String value) {
        choose(field(form, name), value);
    }

    void click(String id) {
        browser.driver().findElement(By.id(id)).click();
    }

    void save(String prefix) {
        click(prefix + "-save");
    }

    /** Waits for the server's refusal next to the field and returns it. */
    String fieldError(String form, String field) {
        By slot = By.cssSelector("#" + form + " .field-error[data-error-for~='" + field + "']");
        return browser.await("the refusal next to " + field, PAGE,
                d -> d.findElement(slot).getText().isEmpty() ? null : d.findElement(slot).getText());
    }

    /** Waits for the message above the form (a conflict, say) and returns it. */
    String formStatus(String prefix) {
        By status = By.id(prefix + "-form-status");
        return browser.await("the message above " + prefix + "-form", PAGE,
                d -> d.findElement(status).isDisplayed() ? d.findElement(status).getText() : null);
    }

    /**
     * Waits for the row of {@code list} whose text contains {@code text} and returns its {@code attribute} (an id):
     * read in the same attempt, since the page re-renders its rows every few seconds and a row found a moment ago may
     * be gone.
     */
    String listedAttribute(String list, String text, String attribute) {
        return browser.await(text + " listed in " + list, PAGE, d -> d.findElements(
                By.cssSelector("#" + list + " tbody tr")).stream()
                .filter(row -> row.getText().contains(text)).findFirst().map(row -> row.getDomAttribute(attribute))
                .orElse(null));
    }

    /** Waits for the row of {@code list} whose text contains {@code text}. */
    WebElement listed(String list, String text) {
        return browser.await(text + " listed in " + list, PAGE, d -> d.findElements(
                By.cssSelector("#" + list + " tbody tr")).stream()
                .filter(row -> row.getText().contains(text)).findFirst().orElse(null));
    }

    /**
     * Clicks a button of a row; retried, since the page re-renders its rows every few seconds. The row is scrolled to
     * the middle first: scrolled to the top edge it would sit under the sticky top bar, which takes the click.
     */
    void clickInRow(String rowSelector, String buttonSelector) {
        browser.await(buttonSelector + " of " + rowSelector, PAGE, d -> {
            WebElement button = d.findElement(By.cssSelector(rowSelector)).findElement(By.cssSelector(buttonSelector));
            browser.script("arguments[0].scrollIntoView({block: 'center'});", button);
            button.click();
            return true;
        });
    }
}
