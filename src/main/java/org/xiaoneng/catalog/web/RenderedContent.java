package org.xiaoneng.catalog.web;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The content of the public catalogue's pages (the catalogue, an item's guide), rendered once for what it shows and
 * kept (decision 0040): the same items, names and language give the same text, so a kept text is read again as long
 * as the model is equal to the one it was rendered from, and a publication, a withdrawal, a renamed department or a
 * new day (a version coming into force) changes the model and with it the key. Only the content is kept; the layout
 * around it (who is signed in, the language switch) is rendered for each request. A content template uses nothing
 * of the request but its locale and links to the application's own paths.
 */
@Component
class RenderedContent {

	/**
	 * The characters of all kept texts together, about 8 MB of the heap: the least recently read texts are dropped
	 * first to stay under it, whatever the catalogue's size and whatever keywords visitors send.
	 */
	private static final long BUDGET = 4_000_000;

	private record Key(String template, Locale locale, Map<String, Object> model) {
	}

	private final SpringTemplateEngine templates;

	private final ApplicationContext application;

	/** Guarded by itself; in access order, the least recently read first. */
	private final LinkedHashMap<Key, String> kept = new LinkedHashMap<>(64, 0.75f, true);

	private long characters;

	RenderedContent(SpringTemplateEngine templates, ApplicationContext application) {
		this.templates = templates;
		this.application = application;
	}

	/**
	 * The template rendered with the model, or the text kept from an equal model in the same locale. The model's
	 * values must compare by value (records, lists, maps; no arrays).
	 */
	String render(String template, Map<String, Object> model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Key key = new Key(template, locale, Collections.unmodifiableMap(new HashMap<>(model)));
		String text;
		synchronized (kept) {
			text = kept.get(key);
		}
		if (text == null) {
			WebContext context = new WebContext(
					JakartaServletWebApplication.buildApplication(request.getServletContext())
						.buildExchange(request, response),
					locale, model);
			context.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
					new ThymeleafEvaluationContext(application, null));
			text = templates.process(template, context);
			keep(key, text);
		}
		return text;
	}

	private void keep(Key key, String text) {
		synchronized (kept) {
			String before = kept.put(key, text);
			characters += text.length() - (before == null ? 0 : before.length());
			var eldest = kept.values().iterator();
			while (characters > BUDGET && kept.size() > 1) {
				characters -= eldest.next().length();
				eldest.remove();
			}
		}
	}
}
