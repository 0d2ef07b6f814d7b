package org.policybriefs.editions;

import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Properties;

import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.CommandLineSession;
import org.policybriefs.cli.BriefCommands;
import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three editions a day apart: the first has nothing to compare with; the second revises one
 * observation, adds one, removes one and changes one qualifier; the third changes nothing. With
 * {@code briefs.mail.skip-unchanged} the third sends nobody a message.
 */
@SpringBootTest(properties = "briefs.mail.skip-unchanged=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EditionsFunctionalTests {

	static final Path root = BriefWorkspace.temporaryFolder("editions");

	@Autowired
	BriefRuns runs;

	@Autowired
	BriefCommands commands;

	@Autowired
	JdbcTemplate jdbc;

	BriefWorkspace workspace;

	@BeforeAll
	void threeEditions() {
		this.workspace = new BriefWorkspace(root);
		// one source per figure until the last edition, which adds the second source back (see @Order(8))
		this.workspace.write("observations.csv", this.workspace.read("observations.csv")
			.lines()
			.filter((line) -> !line.contains(",S10,"))
			.reduce("", (a, b) -> a + b + "\n"));
		assertThat(run("2026-11-27").status()).isEqualTo(RunOutcome.Status.COMPLETED);
		String observations = this.workspace.read("observations.csv");
		// revised: 2.8 → 3.2; qualifier: ~ → = (same number); removed: the typhoon row; added: a synthetic test row
		observations = observations.replace("GZ,compute_capacity,2024,2.8,>,S1,", "GZ,compute_capacity,2024,3.2,>,S1,")
			.replace("GZ,electricity_price_ratio_bj,2024,0.333333,~,", "GZ,electricity_price_ratio_bj,2024,0.333333,=,")
			.lines()
			.filter((line) -> !line.startsWith("SH,typhoon_forecast_error_reduction,"))
			.reduce("", (a, b) -> a + b + "\n");
		this.workspace.write("observations.csv",
				observations + "BJ,computing_centers,2024,7,=,S1,synthetic test figure,made up for this test,,,,\n");
		assertThat(run("2026-11-28").status()).isEqualTo(RunOutcome.Status.COMPLETED);
		assertThat(run("2026-11-29").status()).isEqualTo(RunOutcome.Status.COMPLETED);
	}

	private RunOutcome run(String asOf) {
		return this.runs.run(new BriefRunRequest(LocalDate.parse(asOf), this.workspace.input(), this.workspace.output(),
				List.of("comparative"), List.of("en", "zh-CN"), true, BriefRunRequest.Trigger.COMMAND_LINE));
	}

	@Test
	@Order(1)
	void theFirstEditionHasNoChangesFileAndNoSection() throws Exception {
		Path first = this.workspace.published("2026-11-27");

		assertThat(first.resolve("changes.csv")).doesNotExist();
		assertThat(Files.readString(first.resolve("manifest.json"))).doesNotContain("changes.csv");
		assertThat(BriefWorkspace.pdfText(first.resolve("comparative.en.pdf"))).doesNotContain("What changed")
			.doesNotContain("No change since");
	}

	@Test
	@Order(2)
	void changesCsvHasExactlyTheFourObservedChangesAndTheDerivedValuesThatDependOnThem() throws Exception {
		List<CSVRecord> rows = read(this.workspace.published("2026-11-28").resolve("changes.csv"));

		assertThat(rows.stream().filter((row) -> row.get("kind").equals("observed")).map(EditionsFunctionalTests::brief))
			.containsExactlyInAnyOrder("BJ,computing_centers,added,,,7,'=", "GZ,compute_capacity,revised,2.8,>,3.2,>",
					"GZ,electricity_price_ratio_bj,qualifier,0.333333,~,0.333333,'=",
					"SH,typhoon_forecast_error_reduction,removed,20,'=,,");
		assertThat(rows.stream().filter((row) -> row.get("kind").equals("derived")).map(EditionsFunctionalTests::brief))
			.contains("GZ,compute_per_center,revised,0.2333333333333333,>,0.26666666666666666,>")
			.anyMatch((row) -> row.startsWith("GZ,implied_national_compute,revised,"))
			.anyMatch((row) -> row.startsWith("BJ,implied_bj_electricity_price,qualifier,"));
		assertThat(rows).allSatisfy((row) -> assertThat(row.get("period")).isEqualTo("2024"));
		assertThat(Files.readString(this.workspace.published("2026-11-28").resolve("manifest.json")))
			.contains("\"changes.csv\"", "\"previousEdition\" : \"2026-11-27\"");
	}

	@Test
	@Order(3)
	void aRevisedDerivedValueCarriesItsLineage() {
		EditionChanges changes = new Editions(this.workspace.output()).compare(LocalDate.parse("2026-11-27"),
				LocalDate.parse("2026-11-28"));

		assertThat(changes.changes()).filteredOn((change) -> change.indicator().equals("compute_per_center"))
			.singleElement()
			.satisfies((change) -> {
				assertThat(change.kind()).isEqualTo("derived");
				assertThat(change.change()).isEqualTo(Change.Type.REVISED);
				assertThat(change.inputs()).contains("GZ.compute_capacity 2024 >3.2", "GZ.computing_centers 2024 =12");
			});
	}

	@Test
	@Order(4)
	void theBriefSaysWhatChangedInBothLanguages() {
		String english = BriefWorkspace.pdfText(this.workspace.published("2026-11-28").resolve("comparative.en.pdf"));
		String chinese = BriefWorkspace.pdfText(this.workspace.published("2026-11-28").resolve("comparative.zh-CN.pdf"));

		assertThat(english).contains("What changed since 27 November 2026", "Computing capacity", ">2.8", ">3.2",
				"+14.3%");
		assertThat(chinese).contains("自2026年11月27日以来的变化", "算力规模", ">2.8", ">3.2");
	}

	/**
	 * The section sits right after the key takeaways, before the box about the source; it lists the
	 * findings that appeared (Beijing now reports computing centres, so Guizhou's and Beijing's can
	 * be set side by side) and disappeared (the benchmark finding it pushed out of the five).
	 */
	@Test
	@Order(4)
	void theSectionFollowsTheKeyTakeawaysAndListsTheFindingsThatAppearedOrDisappeared() {
		String english = BriefWorkspace.pdfText(this.workspace.published("2026-11-28").resolve("comparative.en.pdf"));
		String chinese = BriefWorkspace.pdfText(this.workspace.published("2026-11-28").resolve("comparative.zh-CN.pdf"));

		assertThat(english.indexOf("Key takeaways")).isNotNegative()
			.isLessThan(english.indexOf("What changed since 27 November 2026"));
		assertThat(english.indexOf("What changed since 27 November 2026")).isLessThan(english.indexOf("About the source"));
		assertThat(chinese.indexOf("要点")).isNotNegative().isLessThan(chinese.indexOf("自2026年11月27日以来的变化"));
		assertThat(chinese.indexOf("自2026年11月27日以来的变化")).isLessThan(chinese.indexOf("关于来源"));

		String changes = english.substring(english.indexOf("What changed since"), english.indexOf("About the source"))
			.replaceAll("\\s+", " ");
		assertThat(changes).contains("New finding: Intelligent computing centres. Guizhou: 12, 1.7× the figure for Beijing (7)")
			.contains("No longer found: Guizhou. Cave natural-cooling temperature")
			// Beijing's headline figures now include its computing centres: the same finding, not a new one
			.doesNotContain("New finding: Beijing.", "No longer found: Beijing.");
		String zh = chinese.substring(chinese.indexOf("自2026年11月27日以来的变化"), chinese.indexOf("关于来源"))
			.replaceAll("\\s+", "");
		assertThat(zh).contains("新的要点：智算中心数量：贵州：12个，为北京（7个）的1.7倍")
			.contains("不再成立的要点：贵州：山洞天然冷源恒温");
		// the previous edition had no such finding, and the first edition has no section at all
		assertThat(BriefWorkspace.pdfText(this.workspace.published("2026-11-27").resolve("comparative.en.pdf")))
			.doesNotContain("1.7× the figure for Beijing");
	}

	/** Each changed figure carries a mark in the tables (▲ revised up, † new, ‡ qualifier), explained by a legend. */
	@Test
	@Order(4)
	void theTablesMarkTheChangedFiguresWithALegendInBothLanguages() {
		// a number and its unit are joined by a no-break space
		String english = BriefWorkspace.pdfText(this.workspace.published("2026-11-28").resolve("comparative.en.pdf"))
			.replace('\u00a0', ' ');
		String chinese = BriefWorkspace.pdfText(this.workspace.published("2026-11-28").resolve("comparative.zh-CN.pdf"))
			.replace('\u00a0', ' ');

		assertThat(english.lines()).anyMatch((line) -> line.matches(".*Computing capacity.*>3\\.2 EFLOPS ?▲.*"))
			.anyMatch((line) -> line.matches(".*Electricity price relative to Beijing.*0\\.333 ?‡.*"))
			// the matrix's row of computing centres: Guizhou's 12 unchanged, Beijing's 7 new
			.anyMatch((line) -> line.matches(".*12 ?E\\d+ 7 ?†E\\d+.*"))
			.noneMatch((line) -> line.matches(".*Share of national AI talent.*[▲▼†‡].*"));
		assertThat(english.replaceAll("\\s+", " ")).contains(
				"Since 27 November 2026: ▲ ▼ revised up or down, † new, ‡ otherwise changed (qualifier, unit, scope or source).");
		assertThat(chinese.lines()).anyMatch((line) -> line.matches(".*算力规模.*>3\\.2 EFLOPS ?▲.*"));
		assertThat(chinese.replaceAll("\\s+", "")).contains("自2026年11月27日以来：▲▼上调或下调，†新增，‡其他变化");
		// no mark where nothing changed, and none in the first edition
		assertThat(BriefWorkspace.pdfText(this.workspace.published("2026-11-27").resolve("comparative.en.pdf")))
			.doesNotContain("▲", "▼", "†", "‡");
		assertThat(BriefWorkspace.pdfText(this.workspace.published("2026-11-29").resolve("comparative.en.pdf")))
			.doesNotContain("▲", "▼", "†", "‡");
	}

	@Test
	@Order(5)
	void theMailNamesTheLargestChangesInTheAnalystsLanguage() throws Exception {
		String english = body(this.workspace.published("2026-11-28").resolve("outbox/analyst.one@example.org.eml"));
		String chinese = body(this.workspace.published("2026-11-28").resolve("outbox/analyst.three@example.org.eml"));

		assertThat(english).contains("What changed since 27 November 2026", "Guizhou, Computing capacity (2024)",
				"+14.3%");
		assertThat(chinese).contains("自2026年11月27日以来的变化", "贵州·算力规模（2024）");
	}

	@Test
	@Order(6)
	void anUnchangedEditionSaysSoAndWithSkipUnchangedSendsNothing() throws Exception {
		Path third = this.workspace.published("2026-11-29");

		assertThat(read(third.resolve("changes.csv"))).isEmpty();
		assertThat(BriefWorkspace.pdfText(third.resolve("comparative.en.pdf"))).contains("No change since 28 November 2026");
		assertThat(BriefWorkspace.pdfText(third.resolve("comparative.zh-CN.pdf"))).contains("自2026年11月28日以来无变化");
		assertThat(third.resolve("outbox")).doesNotExist();
		assertThat(this.jdbc.queryForList("SELECT status || ' ' || error FROM delivery_log WHERE as_of = '2026-11-29'",
				String.class))
			.hasSize(3)
			.allMatch((row) -> row.startsWith("SKIPPED unchanged since the edition of 2026-11-28"));
	}

	@Test
	@Order(7)
	void theChangesCommandPrintsTheChangesOfTwoEditions() {
		CommandLineSession session = new CommandLineSession(this.commands, this.workspace);

		assertThat(session.execute("changes", "--from=2026-11-27", "--to=2026-11-28")).isZero();
		assertThat(session.stdout()).startsWith("region,indicator,kind,period,change,old_value,old_qualifier,new_value,"
				+ "new_qualifier,old_sources,new_sources,preferred\n")
			.contains("GZ,compute_capacity,observed,2024,revised,2.8,>,3.2,>,S1,S1,true\n");

		session.clear();
		assertThat(session.execute("changes", "--from=2026-11-20", "--to=2026-11-28")).isEqualTo(BriefCommands.USAGE);
		assertThat(session.stderr()).contains("no published edition for 2026-11-20",
				"(there are: 2026-11-27, 2026-11-28, 2026-11-29)");
	}

	@Test
	@Order(8)
	void aFigureASecondSourceGivesComparesEachSourcesValueWithItsOwn() throws Exception {
		// the official 57 EFLOPS comes back and outranks the article, whose figure is revised again, 3.2 → 3.0
		String shipped = new BriefWorkspace(BriefWorkspace.temporaryFolder("editions-shipped")).read("observations.csv");
		String observations = this.workspace.read("observations.csv")
			.replace("GZ,compute_capacity,2024,3.2,>,S1,", "GZ,compute_capacity,2024,3.0,>,S1,");
		this.workspace.write("observations.csv", observations + shipped.lines()
			.filter((line) -> line.startsWith("GZ,compute_capacity,2024,57,>,S10,"))
			.findFirst()
			.orElseThrow() + "\n");
		assertThat(run("2026-11-30").status()).isEqualTo(RunOutcome.Status.COMPLETED);

		List<CSVRecord> rows = read(this.workspace.published("2026-11-30").resolve("changes.csv"));
		assertThat(rows).filteredOn((row) -> row.get("indicator").equals("compute_capacity"))
			.extracting((row) -> brief(row) + "," + row.get("old_sources") + "," + row.get("new_sources") + ","
					+ row.get("preferred"))
			.containsExactly("GZ,compute_capacity,added,,,57,>,,S10,true", "GZ,compute_capacity,revised,3.2,>,3,>,S1,S1,false");
		String english = BriefWorkspace.pdfText(this.workspace.published("2026-11-30").resolve("comparative.en.pdf"))
			.replace('\u00a0', ' ')
			.replaceAll("\\s+", " ");
		assertThat(english).contains("Guizhou, Computing capacity (2024): new, >57 EFLOPS",
				"Guizhou, Computing capacity (2024): >3.2 EFLOPS → >3 EFLOPS (\u22126.3%) (from S1, not the value the brief states)");
		// the stated figure is marked new; the article's revision marks no figure the brief states
		assertThat(english).contains(">57 EFLOPS †").doesNotContain(">3 EFLOPS ▼");
	}

	/** A row as written: the exact qualifier {@code =} with the apostrophe that keeps a spreadsheet from running it. */
	private static String brief(CSVRecord row) {
		return String.join(",", row.get("region"), row.get("indicator"), row.get("change"), row.get("old_value"),
				row.get("old_qualifier"), row.get("new_value"), row.get("new_qualifier"));
	}

	private static List<CSVRecord> read(Path file) throws Exception {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

	private static String body(Path eml) throws Exception {
		try (InputStream in = Files.newInputStream(eml)) {
			MimeMessage message = new MimeMessage(Session.getInstance(new Properties()), in);
			return text(message.getContent());
		}
	}

	/** The first text part of a message, however deeply its multiparts nest. */
	private static String text(Object content) throws Exception {
		if (content instanceof Multipart multipart) {
			return text(multipart.getBodyPart(0).getContent());
		}
		return (String) content;
	}

}
