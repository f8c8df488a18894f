package org.argusvms.systemtest;

import org.argusvms.systemtest.support.ArgusStack;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 6's quality bar, measured in headless Chromium on every page of the web client: "no layout jumps, usable at
 * 1920×1080 and on a laptop". For each page, at a control-room screen and at a common laptop screen:
 * <ul>
 *   <li>no layout jumps while it loads its data: the cumulative layout shift Chromium reports (layout-shift entries
 *   not caused by input, the Web Vitals CLS) stays below 0.1, the bound Web Vitals calls good;</li>
 *   <li>nothing wider than the window: the document never scrolls sideways;</li>
 *   <li>the header stays on screen, down to the log-out button at its right end.</li>
 * </ul>
 * A screenshot of each page at each size is kept. The configuration page's tree (the Management Client's site
 * navigation) shows one section at a time.
 */
class WebClientLayoutIT extends BrowserIT {

    /** Web Vitals' threshold for a good cumulative layout shift. */
    private static final double GOOD_LAYOUT_SHIFT = 0.1;
    /** A page has settled when it has been up this long and nothing has moved for the last second. */
    private static final double SETTLE_MS = 4_000;
    private static final double QUIET_MS = 1_000;

    private static final List<Dimension> SCREENS = List.of(new Dimension(1920, 1080), new Dimension(1366, 768));
    private static final List<String> PAGES = List.of("index.xhtml", "playback.xhtml", "maps.xhtml", "alarms.xhtml",
            "admin.xhtml", "monitor.xhtml");

    /**
     * Collects the page's layout shifts since navigation (buffered), once per page, and answers the running total,
     * when the last one happened and how long the page has been up, with what moved in the largest shifts.
     */
    private static final String LAYOUT_SHIFTS = """
            if (!window.argusLayoutShifts) {
              window.argusLayoutShifts = [];
              new PerformanceObserver(list => window.argusLayoutShifts.push(...list.getEntries()
                  .filter(entry => !entry.hadRecentInput)))
                .observe({ type: 'layout-shift', buffered: true });
            }
            const shifts = window.argusLayoutShifts;
            const describe = node => node ? (node.id ? '#' + node.id : node.nodeName + '.' + node.className) : '?';
            return {
              total: shifts.reduce((sum, entry) => sum + entry.value, 0),
              last: shifts.reduce((latest, entry) => Math.max(latest, entry.startTime), 0),
              now: performance.now(),
              moved: shifts.filter(entry => entry.value >= 0.01).map(entry => entry.value.toFixed(3) + ' '
                + entry.sources.map(source => describe(source.node)).join(',')).join('; '),
              overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
              header: document.getElementById('logout')?.getBoundingClientRect().right ?? -1,
            };
            """;

    @Test
    void everyPageLoadsWithoutLayoutJumpsAndFitsAControlRoomScreenAndALaptop() {
        ArgusStack.ensureDemoCamera();
        WebClientPage.signIn(browser, "admin", "admin");
        List<String> failures = new ArrayList<>();
        for (Dimension screen : SCREENS) {
            browser.driver().manage().window().setSize(screen);
            for (String page : PAGES) {
                browser.open(ArgusStack.webClientUrl() + page);
                Map<?, ?> layout = settled(page);
                String where = page + " at " + screen.getWidth() + "×" + screen.getHeight();
                browser.screenshot("layout-" + screen.getWidth() + "-" + page.replace(".xhtml", ""));
                double shift = ((Number) layout.get("total")).doubleValue();
                if (shift >= GOOD_LAYOUT_SHIFT) {
                    failures.add(where + ": layout shift " + String.format("%.3f", shift) + " (" + layout.get("moved") + ")");
                }
                long overflow = ((Number) layout.get("overflow")).longValue();
                if (overflow > 0) {
                    failures.add(where + ": " + overflow + " px wider than the window");
                }
                double headerRight = ((Number) layout.get("header")).doubleValue();
                if (headerRight < 0 || headerRight > screen.getWidth()) {
                    failures.add(where + ": the log-out button is not on screen (right edge " + headerRight + ")");
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void theConfigurationTreeShowsOneSectionAtATimeAndKeepsItOnReload() {
        WebClientPage.signIn(browser, "admin", "admin");
        AdminPage.open(browser);
        List<String> all = shownSections();
        assertTrue(all.containsAll(List.of("site", "servers", "cameras", "hardware", "storages", "groups", "roles",
                "profiles", "rules", "alarm-definitions", "monitor")), "every section at first: " + all);

        browser.driver().findElement(By.cssSelector("#admin-tree [data-section='cameras']")).click();
        browser.await("the cameras alone", AdminPage.PAGE, d -> shownSections().equals(List.of("cameras")) ? true : null);
        assertTrue(browser.driver().getCurrentUrl().endsWith("#cameras"), browser.driver().getCurrentUrl());
        assertEquals("page", browser.driver().findElement(By.cssSelector("#admin-tree [data-section='cameras']"))
                .getDomAttribute("aria-current"));
        browser.screenshot("layout-admin-tree-cameras");

        browser.driver().navigate().refresh();
        browser.await("the configuration page again", AdminPage.PAGE,
                d -> d.findElements(By.cssSelector("main#admin[data-state='ready']")).isEmpty() ? null : true);
        assertEquals(List.of("cameras"), shownSections(), "a reload keeps the section");

        browser.driver().findElement(By.cssSelector("#admin-tree [data-section='cameras']")).sendKeys(Keys.ARROW_DOWN);
        assertEquals("groups", browser.driver().switchTo().activeElement().getDomAttribute("data-section"),
                "the arrow keys walk the tree");
        browser.driver().findElement(By.cssSelector("#admin-tree [data-section='all']")).click();
        browser.await("every section again", AdminPage.PAGE, d -> shownSections().equals(all) ? true : null);
    }

    private List<String> shownSections() {
        return browser.driver().findElements(By.cssSelector("#admin [data-admin-section]")).stream()
                .filter(WebElement::isDisplayed).map(section -> section.getDomAttribute("data-admin-section")).toList();
    }

    /** Waits until the page has been up a while and nothing has moved for a second; answers its layout figures. */
    private Map<?, ?> settled(String page) {
        return browser.await(page + " settled", Duration.ofSeconds(30), d -> {
            Map<?, ?> layout = (Map<?, ?>) browser.script(LAYOUT_SHIFTS);
            double now = ((Number) layout.get("now")).doubleValue();
            double last = ((Number) layout.get("last")).doubleValue();
            return now >= SETTLE_MS && now - last >= QUIET_MS ? layout : null;
        });
    }
}
