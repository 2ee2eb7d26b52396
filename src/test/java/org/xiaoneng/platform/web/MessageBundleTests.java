package org.xiaoneng.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The message bundles do not drift apart: every module's Chinese bundle and its English sibling have the same keys,
 * no empty values, the same placeholders, and no key is defined by two modules.
 */
class MessageBundleTests {

	/** {0}, {1,number}… */
	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

	/** A lone apostrophe, which MessageFormat would swallow in a message with placeholders. */
	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	private final Set<String> baseNames = ModuleMessages.baseNames(new PathMatchingResourcePatternResolver());

	@Test
	void findsTheBundleOfEveryModuleOnTheClasspath() {
		assertThat(baseNames).contains("messages/web", "messages/security", "messages/audit", "messages/documents",
				"messages/notification");
		assertThat(baseNames).noneMatch(name -> name.endsWith("_en"));
	}

	@Test
	void chineseAndEnglishHaveTheSameKeys() {
		List<String> drift = new ArrayList<>();
		for (String base : baseNames) {
			Set<String> chinese = load(base + ".properties").stringPropertyNames();
			Set<String> english = load(base + "_en.properties").stringPropertyNames();
			difference(chinese, english).forEach(key -> drift.add(base + "_en lacks " + key));
			difference(english, chinese).forEach(key -> drift.add(base + " lacks " + key));
		}
		assertThat(drift).isEmpty();
	}

	@Test
	void noMessageIsEmpty() {
		List<String> empty = new ArrayList<>();
		for (String base : baseNames) {
			for (String file : List.of(base + ".properties", base + "_en.properties")) {
				Properties messages = load(file);
				messages.stringPropertyNames()
					.stream()
					.filter(key -> messages.getProperty(key).isBlank())
					.forEach(key -> empty.add(file + ": " + key));
			}
		}
		assertThat(empty).isEmpty();
	}

	@Test
	void bothLanguagesUseTheSamePlaceholders() {
		List<String> mismatches = new ArrayList<>();
		for (String base : baseNames) {
			Properties chinese = load(base + ".properties");
			Properties english = load(base + "_en.properties");
			for (String key : chinese.stringPropertyNames()) {
				if (english.containsKey(key)
						&& !placeholders(chinese.getProperty(key)).equals(placeholders(english.getProperty(key)))) {
					mismatches.add(base + ": " + key);
				}
			}
		}
		assertThat(mismatches).isEmpty();
	}

	@Test
	void messagesWithPlaceholdersDoubleTheirApostrophes() {
		List<String> broken = new ArrayList<>();
		for (String base : baseNames) {
			for (String file : List.of(base + ".properties", base + "_en.properties")) {
				Properties messages = load(file);
				for (String key : messages.stringPropertyNames()) {
					String message = messages.getProperty(key);
					if (PLACEHOLDER.matcher(message).find() && LONE_APOSTROPHE.matcher(message).find()) {
						broken.add(file + ": " + key);
					}
				}
			}
		}
		assertThat(broken).as("write '' for an apostrophe in a message with {0}").isEmpty();
	}

	@Test
	void noKeyIsDefinedByTwoModules() {
		Map<String, String> owners = new HashMap<>();
		List<String> clashes = new ArrayList<>();
		for (String base : baseNames) {
			for (String key : load(base + ".properties").stringPropertyNames()) {
				String other = owners.putIfAbsent(key, base);
				if (other != null) {
					clashes.add(key + " in " + other + " and " + base);
				}
			}
		}
		assertThat(clashes).isEmpty();
	}

	/** A bundle file from the classpath, read as UTF-8. */
	static Properties load(String path) {
		ClassPathResource resource = new ClassPathResource(path);
		assertThat(resource.exists()).as(path + " exists").isTrue();
		Properties properties = new Properties();
		try (InputStream in = resource.getInputStream()) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return properties;
	}

	private static Set<String> placeholders(String message) {
		Set<String> indexes = new TreeSet<>();
		Matcher placeholder = PLACEHOLDER.matcher(message);
		while (placeholder.find()) {
			indexes.add(placeholder.group(1));
		}
		return indexes;
	}

	private static Set<String> difference(Set<String> left, Set<String> right) {
		Set<String> result = new TreeSet<>(left);
		result.removeAll(right);
		return result;
	}
}
