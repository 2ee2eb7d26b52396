package org.xiaoneng;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModuleInitializer;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.util.ApplicationModulesExporter;
import org.springframework.modulith.docs.Documenter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;
import org.xiaoneng.common.SystemUse;
import org.xiaoneng.common.UnitId;
import org.xiaoneng.organization.Organization;
import org.xiaoneng.organization.StaffPlace;

import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module map holds: no cycles, no access to another module's internals, no undeclared dependency; and no web
 * class calls a facade read meant for the system's own work.
 */
class ModularityTests {

	private static final ArchRule NO_WEB_CALL_TO_SYSTEM_USE = noClasses().that()
		.resideInAPackage("..web..")
		.or()
		.areMetaAnnotatedWith(Controller.class)
		.should()
		.callCodeUnitWhere(JavaCall.Predicates.target(CanBeAnnotated.Predicates.annotatedWith(SystemUse.class)));

	private final ApplicationModules modules = ApplicationModules.of(XiaonengApplication.class);

	@Test
	void modulesKeepTheirBoundaries() {
		modules.verify();
	}

	@Test
	void everyModuleIsDetected() {
		assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
			.contains("common", "database", "ratelimit", "security", "audit", "documents", "notification", "web", "organization",
					"calendar", "substitution", "catalog", "casework", "refusal", "inquiry");
	}

	/**
	 * The facade reads that check no caller's data scope ({@link SystemUse}: every staff member of a unit, whom
	 * someone acts for) are the system's own: no controller or class of a web package calls one, so no endpoint
	 * hands another unit's caller what they return.
	 */
	@Test
	void noWebClassCallsAReadForSystemUse() {
		NO_WEB_CALL_TO_SYSTEM_USE.check(new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.xiaoneng"));
	}

	@Test
	void aControllerCallingAReadForSystemUseBreaksTheRule() {
		assertThatExceptionOfType(AssertionError.class)
			.isThrownBy(() -> NO_WEB_CALL_TO_SYSTEM_USE
				.check(new ClassFileImporter().importClasses(PlacesController.class, Organization.class)))
			.withMessageContaining("placesOnDuty");
	}

	/**
	 * A controller that would list a unit's staff to whoever asks. An inner class, not a static one, so that no
	 * component scan ever registers it.
	 */
	@RestController
	class PlacesController {

		List<StaffPlace> places(Organization organization, long unitId) {
			return organization.placesOnDuty(new UnitId(unitId));
		}
	}

	/**
	 * The application starts from the module list kept in {@code META-INF/spring-modulith/application-modules.json}
	 * (Spring Modulith's precomputed metadata, read by its runtime instead of importing every class with ArchUnit at
	 * each start; decision 0047): the modules in the order Flyway migrates them, each after the modules it depends
	 * on, and each one's {@link ApplicationModuleInitializer}s. Only what the runtime reads is kept, so the file
	 * changes when the modules or their order do, not with every new dependency. When it lags the code it is
	 * rewritten here and the test fails until the new one is committed.
	 */
	@Test
	void precomputedModuleListIsTheCodes() throws IOException {
		Path committed = Path.of("src/main/resources", ApplicationModulesExporter.DEFAULT_LOCATION);
		String current = modules.stream()
			.map(module -> "  \"%s\" : { \"initializers\" : [%s] }".formatted(module.getIdentifier(),
					module.getSpringBeans(ApplicationModuleInitializer.class)
						.stream()
						.map(bean -> " \"" + bean.getFullyQualifiedTypeName() + "\" ")
						.collect(Collectors.joining(","))))
			.collect(Collectors.joining(",\n", "{\n", "\n}\n"));
		String before = Files.exists(committed) ? Files.readString(committed) : "";
		if (!current.equals(before)) {
			Files.createDirectories(committed.getParent());
			Files.writeString(committed, current);
		}
		assertThat(before).as("%s lagged the modules and has been rewritten: commit it", committed).isEqualTo(current);
	}

	/**
	 * Writes the Documenter's whole output (the module map, a diagram and a canvas per module) to the build folder,
	 * and keeps the diagrams in docs/modules in step with the code: a changed diagram shows up in review as a changed
	 * file.
	 */
	@Test
	void writesModuleDocumentation() throws IOException {
		keepJavadocIndexReadable(Path.of("target/generated-spring-modulith/javadoc.json"));
		Path output = Path.of("target/spring-modulith-docs");
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(output.toString()))
			.writeDocumentation();
		Path committed = Path.of("docs/modules");
		try (Stream<Path> diagrams = Files.list(output)) {
			for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
				sortRelations(diagram);
				Files.copy(diagram, committed.resolve(diagram.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		assertThat(committed.resolve("components.puml")).content().contains("Organization组织机构");
		assertThat(output.resolve("module-catalog.adoc")).content()
			.contains("`o.x.c.ServiceCatalog` -- The service catalog (服务事项目录)");
		assertThat(output.resolve("module-organization.adoc")).content()
			.contains("`o.x.o.Organization` -- The organisation of the region");
	}

	/**
	 * The canvases show the Javadoc that the build's annotation processor indexes. Spring Modulith 2.0.3 reads that
	 * index with Spring Boot's BasicJsonParser, which counts quotes, brackets and braces inside strings as structure
	 * and drops backslashes, so one comment such as {@code [from, to)} breaks every canvas (spring-modulith#1762,
	 * fixed in later releases). Until the BOM carries the fix, the comments get the full-width look-alikes of those
	 * characters, in the build folder only.
	 */
	@SuppressWarnings("unchecked")
	private static void keepJavadocIndexReadable(Path index) throws IOException {
		if (!Files.exists(index)) {
			return;
		}
		JsonMapper json = JsonMapper.builder().build();
		List<Map<String, Object>> types = json.readValue(index.toFile(), new TypeReference<>() {
		});
		for (Map<String, Object> type : types) {
			readableComment(type);
			if (type.get("methods") instanceof List<?> methods) {
				methods.stream().map(method -> (Map<String, Object>) method).forEach(ModularityTests::readableComment);
			}
		}
		json.writeValue(index.toFile(), types);
	}

	private static void readableComment(Map<String, Object> element) {
		if (element.get("comment") instanceof String comment) {
			element.put("comment", readable(comment));
		}
	}

	/** {@code {@code x}} becomes {@code `x`} and {@code {@link X}} stays; every other troublesome character is swapped. */
	private static String readable(String comment) {
		StringBuilder readable = new StringBuilder(comment.length());
		int at = 0;
		while (at < comment.length()) {
			if (comment.startsWith("{@code", at)) {
				int end = closingBrace(comment, at);
				readable.append('`').append(swapped(comment.substring(at + "{@code".length(), end).strip())).append('`');
				at = end + 1;
			}
			else if (comment.startsWith("{@link", at) && comment.indexOf('}', at) > 0) {
				int end = comment.indexOf('}', at);
				readable.append(comment, at, end + 1);
				at = end + 1;
			}
			else {
				readable.append(swapped(comment.substring(at, at + 1)));
				at++;
			}
		}
		return readable.toString();
	}

	/** The end of an inline tag: Javadoc balances the braces inside it. */
	private static int closingBrace(String comment, int start) {
		int depth = 0;
		for (int at = start; at < comment.length(); at++) {
			char c = comment.charAt(at);
			depth += c == '{' ? 1 : c == '}' ? -1 : 0;
			if (depth == 0) {
				return at;
			}
		}
		return comment.length() - 1;
	}

	private static String swapped(String text) {
		StringBuilder swapped = new StringBuilder(text.length());
		text.codePoints().forEach(c -> swapped.appendCodePoint(switch (c) {
			case '"' -> '＂';
			case '\\' -> '＼';
			case '[' -> '［';
			case ']' -> '］';
			case '{' -> '｛';
			case '}' -> '｝';
			case '\n', '\r', '\t' -> ' ';
			default -> c;
		}));
		return swapped.toString();
	}

	/**
	 * The Documenter writes a diagram's relations in hash order, which changes from run to run; sorted, a diagram
	 * only changes when the modules do.
	 */
	private static void sortRelations(Path diagram) throws IOException {
		List<String> lines = Files.readAllLines(diagram);
		List<String> relations = lines.stream().filter(line -> line.startsWith("Rel(")).sorted().toList();
		List<String> sorted = new ArrayList<>();
		Iterator<String> next = relations.iterator();
		for (String line : lines) {
			sorted.add(line.startsWith("Rel(") ? next.next() : line);
		}
		Files.write(diagram, sorted);
	}
}
