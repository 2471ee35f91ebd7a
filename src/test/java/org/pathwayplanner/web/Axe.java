package org.pathwayplanner.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core, the accessibility engine, run on the page the browser shows: its script comes from the test classpath
 * (the axe-core npm package's axe.min.js as Deque ships it in Maven Central), never from a CDN.
 */
final class Axe {

    /** What the browser tests refuse: WCAG 2.x A and AA violations that axe rates serious or critical. */
    static final List<String> REFUSED_IMPACTS = List.of("serious", "critical");

    private static final String SCRIPT = load();

    private static final String RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
               .then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}))))
               .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e), nodes: ''}]));""";

    private Axe() {
    }

    /** The serious and critical violations on the current page, each as "rule (impact): help — where". */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript(SCRIPT);
        List<Map<String, Object>> violations = (List<Map<String, Object>>) js.executeAsyncScript(RUN);
        return violations.stream().filter(v -> REFUSED_IMPACTS.contains(v.get("impact")))
                .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("help") + " — " + v.get("nodes"))
                .toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
