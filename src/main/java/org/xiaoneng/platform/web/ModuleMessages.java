package org.xiaoneng.platform.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The message bundles of all modules, found on the classpath: every {@code messages/<module>.properties} (Chinese,
 * the default) with its {@code _en} sibling. A module adds its bundle by adding the files; no central list to edit.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessages {

	static final String LOCATION = "classpath*:messages/*.properties";

	/** A locale suffix such as {@code _en}, {@code _zh_CN}: what separates a variant from its base bundle. */
	private static final Pattern LOCALE_SUFFIX = Pattern.compile("_[a-z]{2,3}(_[A-Z]{2})?$");

	@Bean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME)
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(baseNames(new PathMatchingResourcePatternResolver()).toArray(String[]::new));
		messages.setDefaultEncoding("UTF-8");
		// Chinese is the default bundle: a missing English key falls back to it, never to the server's locale.
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/** The base names ({@code messages/web}, …) of every bundle on the classpath, sorted. */
	static Set<String> baseNames(ResourcePatternResolver resolver) {
		Set<String> names = new TreeSet<>();
		try {
			for (Resource resource : resolver.getResources(LOCATION)) {
				String file = resource.getFilename();
				if (file != null) {
					names.add(file.substring(0, file.length() - ".properties".length()));
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot list the message bundles", e);
		}
		Set<String> baseNames = new TreeSet<>();
		for (String name : names) {
			String base = LOCALE_SUFFIX.matcher(name).replaceFirst("");
			// "web_en" is a variant only if "web" exists; a module named with an underscore stays a base name.
			baseNames.add("messages/" + (names.contains(base) ? base : name));
		}
		return baseNames;
	}
}
