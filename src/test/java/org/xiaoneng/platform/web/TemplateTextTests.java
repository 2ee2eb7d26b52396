package org.xiaoneng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every text a person sees comes from the message bundles: no template writes UI text of its own, every message key
 * a template names exists in Chinese and English, and no template carries inline code that the CSP would block.
 */
class TemplateTextTests {

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.-]+)\\s*[}(]");

	private final HardCodedText checker = new HardCodedText();

	@Test
	void noTemplateWritesUiTextOfItsOwn() {
		List<HardCodedText.Finding> findings = new ArrayList<>();
		templates().forEach((name, html) -> findings.addAll(checker.hardCodedText(name, html)));
		assertThat(findings).as("UI text must come from messages/*.properties via th:text, th:title, #{…}").isEmpty();
	}

	@Test
	void noTemplateCarriesInlineScriptStyleOrHandlers() {
		List<HardCodedText.Finding> findings = new ArrayList<>();
		templates().forEach((name, html) -> findings.addAll(checker.inlineCode(name, html)));
		assertThat(findings).as("scripts and styles belong in static files (CSP script-src/style-src 'self')").isEmpty();
	}

	@Test
	void everyMessageKeyATemplateNamesExistsInChineseAndEnglish() {
		Properties chinese = allBundles("");
		Properties english = allBundles("_en");
		Set<String> missing = new TreeSet<>();
		templates().forEach((name, html) -> {
			Matcher key = MESSAGE_KEY.matcher(html);
			while (key.find()) {
				if (!chinese.containsKey(key.group(1))) {
					missing.add(name + ": " + key.group(1) + " (zh)");
				}
				if (!english.containsKey(key.group(1))) {
					missing.add(name + ": " + key.group(1) + " (en)");
				}
			}
		});
		assertThat(templates()).isNotEmpty();
		assertThat(missing).isEmpty();
	}

	@Test
	void checkerFlagsTextWrittenIntoATemplate() {
		String bad = """
				<html xmlns:th="http://www.thymeleaf.org"><body>
				<p>提交</p>
				<button type="submit">Save</button>
				<input type="text" placeholder="Name">
				<input type="submit" value="Send">
				<img src="a.png" alt="Logo">
				<a href="/x" title="Help" aria-label="帮助">[[#{help}]] 条记录</a>
				<button hx-post="/x" hx-confirm="Really?" th:text="#{delete}">Delete</button>
				</body></html>
				""";
		assertThat(checker.hardCodedText("bad.html", bad)).extracting(HardCodedText.Finding::text)
			.containsExactlyInAnyOrder("提交", "Save", "Name", "Send", "Logo", "Help", "帮助", "条记录", "Really?");
	}

	@Test
	void checkerAcceptsTextFromTheBundlesAndNaturalTemplateDefaults() {
		String good = """
				<!DOCTYPE html>
				<html xmlns:th="http://www.thymeleaf.org" xmlns:sec="http://www.thymeleaf.org/extras/spring-security"
				      th:replace="~{layout :: page(~{::title}, ~{::main})}">
				<head><title th:text="#{page.title}">标题</title></head>
				<body>
				<main>
				  <p th:text="#{submit}">提交</p>
				  <p th:utext="#{rich}">Some <b>bold</b> default</p>
				  <span sec:authentication="name">user</span>
				  <div th:replace="~{parts :: box}" title="Prototype">Prototype only</div>
				  <p>[[#{inline}]] &nbsp; &copy; 2026 · 12:30 | -</p>
				  <input type="text" placeholder="Name" th:placeholder="#{name}">
				  <input type="submit" value="Send" th:value="#{send}">
				  <img src="a.png" alt="">
				  <a href="/x" title="Help" th:attr="title=#{help}" th:aria-label="#{help}" aria-label="Help">?</a>
				  <p th:remove="all">Prototype note</p>
				  <script th:src="@{/app.js}" defer></script>
				</main>
				</body></html>
				""";
		assertThat(checker.hardCodedText("good.html", good)).isEmpty();
		assertThat(checker.inlineCode("good.html", good)).isEmpty();
	}

	@Test
	void checkerFlagsInlineScriptStyleAndHandlers() {
		String bad = """
				<html><head><style>p { color: red; }</style><script>alert(1)</script></head>
				<body><p style="color: red">x</p><button onclick="go()">x</button><div hx-on:click="go()">x</div></body></html>
				""";
		assertThat(checker.inlineCode("bad.html", bad)).extracting(HardCodedText.Finding::where)
			.containsExactlyInAnyOrder("<style>", "<script>", "<p style>", "<button onclick>", "<div hx-on:click>");
	}

	/** Every template as packaged: src/main/resources/templates, copied to the classpath by the build. */
	private static Map<String, String> templates() {
		Map<String, String> templates = new LinkedHashMap<>();
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
				String url = resource.getURL().toString();
				try (InputStream in = resource.getInputStream()) {
					templates.put(url.substring(url.lastIndexOf("templates/")), new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return templates;
	}

	/** The keys of every bundle of one language: {@code ""} for Chinese, {@code "_en"} for English. */
	private static Properties allBundles(String suffix) {
		Properties all = new Properties();
		for (String base : ModuleMessages.baseNames(new PathMatchingResourcePatternResolver())) {
			all.putAll(MessageBundleTests.load(base + suffix + ".properties"));
		}
		return all;
	}
}
