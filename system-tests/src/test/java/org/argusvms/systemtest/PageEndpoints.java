package org.argusvms.systemtest;

import org.openqa.selenium.JavascriptExecutor;

import java.util.List;
import java.util.Map;

/** The web client's JSON endpoints called from the signed-in browser, as a page's own script would call them. */
final class PageEndpoints {

    private PageEndpoints() {
    }

    /** Each call {@code [method, path, body]} with the browser's session: "METHOD path" → status. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> statuses(BrowserSession browser, List<List<String>> calls) {
        return (Map<String, Object>) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const base = document.querySelector('a.brand').getAttribute('href');
                Promise.all(arguments[0].map(([method, path, body]) => fetch(base + path, {
                    method, credentials: 'same-origin', redirect: 'manual',
                    headers: body ? { 'Content-Type': 'application/json' } : {}, body: body || undefined })
                  .then(response => [method + ' ' + path, response.status])))
                  .then(entries => done(Object.fromEntries(entries)), error => done({ error: String(error) }));
                """, calls);
    }
}
