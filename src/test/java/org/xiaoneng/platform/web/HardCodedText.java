package org.xiaoneng.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;

/**
 * Reads a Thymeleaf template as a browser would show it and reports what people would see that does not come from
 * the message bundles: text in elements and text attributes (title, alt, placeholder, aria-label, button labels,
 * htmx confirmations). Text inside an element whose body Thymeleaf replaces ({@code th:text}, {@code th:utext},
 * {@code th:replace}, {@code sec:authentication}…) is only a natural-template default and is allowed. It also reports
 * inline script, inline style and inline event handlers, which the Content-Security-Policy forbids.
 */
final class HardCodedText {

	/** What a person would see, written into a template: where, and the text. */
	record Finding(String template, Integer line, String where, String text) {

		@Override
		public String toString() {
			return template + ":" + line + " " + where + ": " + text;
		}
	}

	/** Any letter of any script, CJK included; digits and punctuation alone are not text to translate. */
	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/** Thymeleaf inlined expressions ([[…]], [(…)]) and character references (&nbsp;, &#169;). */
	private static final Pattern NOT_SHOWN_AS_WRITTEN = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]|&#?[A-Za-z0-9]+;", Pattern.DOTALL);

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "label", "summary",
			"aria-label", "aria-description", "aria-placeholder", "aria-roledescription", "aria-valuetext",
			"hx-confirm", "hx-prompt");

	private static final Set<String> LABELLED_INPUTS = Set.of("submit", "button", "reset");

	private static final Set<String> BODY_REPLACERS = Set.of("text", "utext", "replace", "insert", "errors");

	private static final Set<String> NOT_TEXT = Set.of("script", "style");

	private final DOMMarkupParser parser = new DOMMarkupParser(ParseConfiguration.htmlConfiguration());

	/** Text a person would see that is not taken from the message bundles. */
	List<Finding> hardCodedText(String template, String html) {
		List<Finding> findings = new ArrayList<>();
		visitText(template, parse(template, html), false, findings);
		return findings;
	}

	/** Inline scripts, styles and event handlers, which a {@code script-src 'self'; style-src 'self'} policy blocks. */
	List<Finding> inlineCode(String template, String html) {
		List<Finding> findings = new ArrayList<>();
		visitCode(template, parse(template, html), findings);
		return findings;
	}

	private INestableNode parse(String template, String html) {
		try {
			return parser.parse(template, html);
		}
		catch (ParseException e) {
			throw new IllegalArgumentException("Template " + template + " is not well-formed: " + e.getMessage(), e);
		}
	}

	private void visitText(String template, INode node, boolean replaced, List<Finding> findings) {
		if (node instanceof Text text && !replaced) {
			String shown = NOT_SHOWN_AS_WRITTEN.matcher(text.getContent()).replaceAll(" ").strip();
			if (LETTER.matcher(shown).find()) {
				findings.add(new Finding(template, text.getLine(), "text", shown));
			}
		}
		if (node instanceof Element element) {
			if (!replaced && !removedWhole(element)) {
				checkAttributes(template, element, findings);
			}
			replaced = replaced || replacesBody(element) || NOT_TEXT.contains(name(element));
		}
		if (node instanceof INestableNode parent) {
			for (INode child : parent.getChildren()) {
				visitText(template, child, replaced, findings);
			}
		}
	}

	private void checkAttributes(String template, Element element, List<Finding> findings) {
		element.getAttributeMap().forEach((attribute, value) -> {
			String name = attribute.toLowerCase(Locale.ROOT);
			boolean shown = TEXT_ATTRIBUTES.contains(name) || ("value".equals(name) && labelledInput(element));
			if (shown && value != null && LETTER.matcher(value).find() && !setByThymeleaf(element, name)) {
				findings.add(new Finding(template, element.getLine(), "<" + name(element) + " " + name + ">", value));
			}
		});
	}

	private void visitCode(String template, INode node, List<Finding> findings) {
		if (node instanceof Element element) {
			String name = name(element);
			if ("style".equals(name) || ("script".equals(name) && !hasAny(element, "src", "th:src", "data-th-src"))) {
				findings.add(new Finding(template, element.getLine(), "<" + name + ">", "inline " + name));
			}
			element.getAttributeMap().keySet().forEach(attribute -> {
				String plain = unprefixed(attribute.toLowerCase(Locale.ROOT));
				if (plain.equals("style") || plain.startsWith("styleappend") || plain.startsWith("on")
						|| plain.startsWith("hx-on") || plain.startsWith("data-hx-on")) {
					findings.add(new Finding(template, element.getLine(), "<" + name + " " + attribute + ">", "inline code"));
				}
			});
		}
		if (node instanceof INestableNode parent) {
			for (INode child : parent.getChildren()) {
				visitCode(template, child, findings);
			}
		}
	}

	/**
	 * Whether Thymeleaf replaces the element's body, making its text a prototype default. A {@code th:replace} on
	 * {@code <html>} is a page calling the layout with its own title and main, which are shown, so it does not count.
	 */
	private static boolean replacesBody(Element element) {
		for (String attribute : element.getAttributeMap().keySet()) {
			String name = attribute.toLowerCase(Locale.ROOT);
			String processor = unprefixed(name);
			boolean thymeleaf = !processor.equals(name);
			if (thymeleaf && BODY_REPLACERS.contains(processor) && !"html".equals(name(element))) {
				return true;
			}
			if ("sec:authentication".equals(name)) {
				return true;
			}
		}
		String remove = attributeValue(element, "remove");
		return remove != null && ("all".equals(remove) || "body".equals(remove));
	}

	/** Whether the element itself, attributes included, never reaches the browser. */
	private static boolean removedWhole(Element element) {
		return "all".equals(attributeValue(element, "remove"))
				|| (attributeValue(element, "replace") != null && !"html".equals(name(element)));
	}

	private static boolean setByThymeleaf(Element element, String attribute) {
		if (hasAny(element, "th:" + attribute, "data-th-" + attribute)) {
			return true;
		}
		if ("title".equals(attribute) || "alt".equals(attribute)) {
			if (hasAny(element, "th:alt-title", "data-th-alt-title")) {
				return true;
			}
		}
		String attr = attributeValue(element, "attr");
		return attr != null && Pattern.compile("(^|,)\\s*" + Pattern.quote(attribute) + "\\s*=").matcher(attr).find();
	}

	private static boolean labelledInput(Element element) {
		String type = element.getAttributeValue("type");
		return "input".equals(name(element)) && type != null && LABELLED_INPUTS.contains(type.toLowerCase(Locale.ROOT));
	}

	/** The value of {@code th:x} or {@code data-th-x}. */
	private static String attributeValue(Element element, String processor) {
		for (var attribute : element.getAttributeMap().entrySet()) {
			String name = attribute.getKey().toLowerCase(Locale.ROOT);
			if (name.equals("th:" + processor) || name.equals("data-th-" + processor)) {
				return attribute.getValue() == null ? "" : attribute.getValue().strip();
			}
		}
		return null;
	}

	private static boolean hasAny(Element element, String... attributes) {
		for (String attribute : attributes) {
			for (String present : element.getAttributeMap().keySet()) {
				if (present.equalsIgnoreCase(attribute)) {
					return true;
				}
			}
		}
		return false;
	}

	/** {@code th:text} and {@code data-th-text} as {@code text}; any other name as it is. */
	private static String unprefixed(String attribute) {
		if (attribute.startsWith("th:")) {
			return attribute.substring(3);
		}
		return attribute.startsWith("data-th-") ? attribute.substring(8) : attribute;
	}

	private static String name(Element element) {
		return element.getElementName().toLowerCase(Locale.ROOT);
	}
}
