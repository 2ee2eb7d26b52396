package org.xiaoneng.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Page;

/**
 * axe-core (vendored in {@code src/test/resources/axe}, see its README) run in a Playwright page against WCAG 2 A
 * and AA. A page passes when axe finds no violation whose impact is serious or critical; minor and moderate ones
 * are reported by {@link #violations} but do not fail it.
 */
final class Accessibility {

	/** The WCAG 2.0 success criteria of levels A and AA, by axe's tags. */
	private static final List<String> TAGS = List.of("wcag2a", "wcag2aa");

	private static final Set<String> FAILING = Set.of("serious", "critical");

	private static final String AXE = load();

	/** The script axe runs in the page: its violations as plain objects, one per rule, with every node's target. */
	private static final String RUN = """
			async tags => {
			    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
			    return result.violations.map(v => ({
			        rule: v.id,
			        impact: v.impact,
			        help: v.help,
			        targets: v.nodes.map(n => n.target.join(' ') + ' ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
			    }));
			}""";

	/** One rule axe found broken on the page, with where (a CSS selector and what failed) for each place. */
	record Violation(String rule, String impact, String help, List<String> targets) {

		boolean failing() {
			return FAILING.contains(impact);
		}

		@Override
		public String toString() {
			return rule + " (" + impact + ": " + help + ")\n    " + String.join("\n    ", targets);
		}
	}

	private Accessibility() {
	}

	/** Every WCAG 2 A/AA violation axe finds on the page as it stands now. */
	@SuppressWarnings("unchecked")
	static List<Violation> violations(Page page) {
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
			page.evaluate("() => {\n" + AXE + "\n}");
		}
		List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate(RUN, TAGS);
		return found.stream()
			.map(v -> new Violation((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
					(List<String>) v.get("targets")))
			.toList();
	}

	private static String load() {
		try (InputStream in = Accessibility.class.getResourceAsStream("/axe/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe/axe.min.js is not on the test classpath");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
