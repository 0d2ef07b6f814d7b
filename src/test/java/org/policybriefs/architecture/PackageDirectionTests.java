package org.policybriefs.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Data flows one way: a stage may use the stages before it, never those after it, so one CSV
 * row can be followed from ingest to a number on a PDF page by reading the packages in order.
 */
@AnalyzeClasses(packages = "org.policybriefs", importOptions = ImportOption.DoNotIncludeTests.class)
class PackageDirectionTests {

	private static final String INGEST = "org.policybriefs.ingest..";

	private static final String INDICATORS = "org.policybriefs.indicators..";

	private static final String EDITIONS = "org.policybriefs.editions..";

	private static final String COMMENTARY = "org.policybriefs.commentary..";

	private static final String BRIEF = "org.policybriefs.brief..";

	private static final String PDF = "org.policybriefs.pdf..";

	private static final String RENDER = "org.policybriefs.render..";

	private static final String PUBLISH = "org.policybriefs.publish..";

	private static final String JOBS = "org.policybriefs.jobs..";

	private static final String CLI = "org.policybriefs.cli..";

	private static final String DISTRIBUTE = "org.policybriefs.distribute..";

	private static final String SCHEDULE = "org.policybriefs.schedule..";

	private static final String WEB = "org.policybriefs.web..";

	/** Whatever the direction rules below allow, no two top-level packages may depend on each other. */
	@ArchTest
	static final ArchRule topLevelPackagesAreFreeOfCycles = slices().matching("org.policybriefs.(*)..")
		.should()
		.beFreeOfCycles();

	/**
	 * Delivery comes after publication: it may read what the stages before it made (the brief ids and
	 * wording of render, the changes of editions, the files of publish), and no stage before it knows it.
	 */
	@ArchTest
	static final ArchRule noEarlierStageUsesDelivery = noClasses().that()
		.resideInAnyPackage(INGEST, INDICATORS, EDITIONS, COMMENTARY, BRIEF, PDF, RENDER, PUBLISH,
				"org.policybriefs.files..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(DISTRIBUTE);

	@ArchTest
	static final ArchRule ingestUsesNoLaterStage = noClasses().that()
		.resideInAPackage(INGEST)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(INDICATORS, EDITIONS, COMMENTARY, BRIEF, PDF, RENDER, PUBLISH, JOBS, CLI);

	@ArchTest
	static final ArchRule indicatorsUseNoLaterStage = noClasses().that()
		.resideInAPackage(INDICATORS)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(EDITIONS, COMMENTARY, BRIEF, PDF, RENDER, PUBLISH, JOBS, CLI);

	/** Editions compare runs' values: what render, publish, delivery and the web say about changes. */
	@ArchTest
	static final ArchRule editionsUseNoLaterStage = noClasses().that()
		.resideInAPackage(EDITIONS)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(COMMENTARY, BRIEF, PDF, RENDER, PUBLISH, JOBS, CLI, DISTRIBUTE, WEB);

	/**
	 * The analyst's commentary reads the input, the run's values and the published editions; the
	 * brief prints it and publish records it, never the other way round.
	 */
	@ArchTest
	static final ArchRule commentaryUsesNoLaterStage = noClasses().that()
		.resideInAPackage(COMMENTARY)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(BRIEF, PDF, RENDER, PUBLISH, JOBS, CLI, DISTRIBUTE, WEB, SCHEDULE);

	/** What a brief says (model, sections, wording) knows neither how it is typeset nor the step that renders it. */
	@ArchTest
	static final ArchRule theBriefKnowsNoEngineAndNoLaterStage = noClasses().that()
		.resideInAPackage(BRIEF)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(PDF, RENDER, PUBLISH, DISTRIBUTE, JOBS, CLI, WEB, SCHEDULE);

	/** The PDF engine turns any XHTML into PDF: it knows nothing of policy briefs or of the run. */
	@ArchTest
	static final ArchRule thePdfEngineKnowsNoOtherPackage = noClasses().that()
		.resideInAPackage(PDF)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(INGEST, INDICATORS, EDITIONS, COMMENTARY, BRIEF, RENDER, PUBLISH, DISTRIBUTE, JOBS, CLI,
				WEB, SCHEDULE, "org.policybriefs.run..", "org.policybriefs.files..");

	@ArchTest
	static final ArchRule renderUsesNoLaterStage = noClasses().that()
		.resideInAPackage(RENDER)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(PUBLISH, JOBS, CLI);

	@ArchTest
	static final ArchRule publishUsesNoLaterStage = noClasses().that()
		.resideInAPackage(PUBLISH)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(DISTRIBUTE, JOBS, CLI);

	@ArchTest
	static final ArchRule stagesDoNotKnowTheJobTheScheduleOrTheWeb = noClasses().that()
		.resideInAnyPackage(INGEST, INDICATORS, EDITIONS, COMMENTARY, BRIEF, PDF, RENDER, PUBLISH, DISTRIBUTE,
				"org.policybriefs.files..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(JOBS, SCHEDULE, WEB, CLI);

	@ArchTest
	static final ArchRule theLaunchPathDoesNotKnowItsCallers = noClasses().that()
		.resideInAPackage(JOBS)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(SCHEDULE, WEB, CLI);

	@ArchTest
	static final ArchRule theScheduleAndTheWebStartRunsOnlyThroughTheLaunchPath = noClasses().that()
		.resideInAnyPackage(SCHEDULE, WEB)
		.should()
		.dependOnClassesThat()
		.haveSimpleName("JobOperator");

}
