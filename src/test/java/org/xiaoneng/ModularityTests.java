package org.xiaoneng;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

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
			.contains("common", "database", "security", "audit", "documents", "notification", "web", "organization",
					"calendar", "substitution");
	}

	/** Keeps docs/modules in step with the code; a changed diagram shows up in review as a changed file. */
	@Test
	void writesModuleDocumentation() {
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
			.writeDocumentation(Documenter.DiagramOptions.defaults(), Documenter.CanvasOptions.defaults());
		assertThat(Path.of("docs/modules/components.puml")).exists();
	}
}
