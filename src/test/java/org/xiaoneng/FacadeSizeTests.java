package org.xiaoneng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * A module's facade hands its work to use cases named as the actions (STYLE.md, "The shape of a module's centre"):
 * a bean that needs more than eight collaborators, or a class longer than five hundred lines, is doing several
 * classes' work itself (issue 19). The demo loaders are data, not design, and are left out.
 */
class FacadeSizeTests {

	private static final int MOST_DEPENDENCIES = 8;

	private static final int MOST_LINES = 500;

	private static final String DEMO_DATA = "Demo";

	/**
	 * Nine dependencies each, already named collaborators (an extension's journal, the applicant's and the staff's
	 * notices, the unit's calendars; a registration's personal details, deadlines and complaint alerts): no seam
	 * splits them further without a bag of beans, and nine is within the "about eight". A tenth fails.
	 */
	private static final Map<String, Integer> AT_THE_BAR = Map.of("org.xiaoneng.casework.Extensions", 9,
			"org.xiaoneng.inquiry.Registration", 9);

	@Test
	void noBeanTakesMoreThanEightDependencies() throws ClassNotFoundException {
		// @Service, @Repository, @Controller and @Configuration are all @Component underneath.
		var scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
		Map<String, Integer> tooLarge = new TreeMap<>();
		for (var candidate : scanner.findCandidateComponents("org.xiaoneng")) {
			Class<?> type = ClassUtils.forName(candidate.getBeanClassName(), getClass().getClassLoader());
			int dependencies = Arrays.stream(type.getDeclaredConstructors())
				.mapToInt(Constructor::getParameterCount)
				.max()
				.orElse(0);
			if (dependencies > AT_THE_BAR.getOrDefault(type.getName(), MOST_DEPENDENCIES)
					&& !type.getSimpleName().startsWith(DEMO_DATA)) {
				tooLarge.put(type.getName(), dependencies);
			}
		}
		assertThat(tooLarge).isEmpty();
	}

	@Test
	void noMainClassIsLongerThanFiveHundredLines() throws IOException {
		Map<String, Long> tooLong = new TreeMap<>();
		try (Stream<Path> sources = Files.walk(Path.of("src", "main", "java"))) {
			for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
				String name = source.getFileName().toString();
				long lines;
				try (Stream<String> text = Files.lines(source)) {
					lines = text.count();
				}
				if (lines > MOST_LINES && !name.startsWith(DEMO_DATA)) {
					tooLong.put(source.toString(), lines);
				}
			}
		}
		assertThat(tooLong).isEmpty();
	}
}
