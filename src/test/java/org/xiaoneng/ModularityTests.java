package org.xiaoneng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module map holds: no cycles, no access to another module's internals, no undeclared dependency.
 */
class ModularityTests {

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

	/** Keeps docs/modules in step with the code; a changed diagram shows up in review as a changed file. */
	@Test
	void writesModuleDocumentation() throws IOException {
		Path folder = Path.of("docs/modules");
		// Diagrams only: Spring Modulith 2.0.3 builds the module canvases from its Javadoc index and fails on some of
		// our types ("No signature found in source map"), on a clean build too.
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();
		try (Stream<Path> diagrams = Files.list(folder)) {
			for (Path diagram : diagrams.filter(file -> file.toString().endsWith(".puml")).toList()) {
				sortRelations(diagram);
			}
		}
		assertThat(folder.resolve("components.puml")).content().contains("Organization组织机构");
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
