package org.xiaoneng.casework;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The commands that refuse, return or reopen a case are the refusal module's alone (docs/decisions/0008): a module
 * that declares no dependencies at all could otherwise reach the named interface unnoticed by the module checks.
 */
class CaseRefusalsTests {

	@Test
	void onlyTheRefusalModuleUsesCaseworksRefusalCommands() {
		JavaClasses application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.xiaoneng");

		noClasses().that()
			.resideOutsideOfPackages("org.xiaoneng.casework..", "org.xiaoneng.refusal..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.xiaoneng.casework.refusal..")
			.check(application);
	}
}
