package org.policybriefs;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Data flows one way: the stages never reach up to the job wiring, the schedule or the web.
 */
class PackageDirectionTests {

	static final JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.policybriefs");

	@Test
	void stagesDoNotKnowTheJobTheScheduleOrTheWeb() {
		noClasses().that()
			.resideInAnyPackage("..ingest..", "..indicators..", "..render..", "..publish..", "..distribute..", "..files..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..jobs..", "..schedule..", "..web..", "..cli..")
			.check(classes);
	}

	@Test
	void theLaunchPathDoesNotKnowItsCallers() {
		noClasses().that()
			.resideInAPackage("..jobs..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("..schedule..", "..web..", "..cli..", "..distribute..")
			.check(classes);
	}

	@Test
	void theScheduleAndTheWebStartRunsOnlyThroughTheLaunchPath() {
		noClasses().that()
			.resideInAnyPackage("..schedule..", "..web..")
			.should()
			.dependOnClassesThat()
			.haveSimpleName("JobOperator")
			.check(classes);
	}

}
