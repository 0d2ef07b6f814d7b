package org.policybriefs.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Row-level problems reject the row and the run goes on: one run over the shipped input with
 * one bad row per problem appended, then one test per problem on what the run published.
 */
@Tag("database")
@SpringBootTest
class RejectedRowsFunctionalTests {

	private static final String AS_OF = "2026-12-01";

	@TempDir
	static Path temp;

	@Autowired
	BriefRuns briefRuns;

	@Autowired
	JobRepository jobRepository;

	static BriefWorkspace workspace;

	static RunOutcome outcome;

	static List<CSVRecord> rejects;

	/** Runs once for the class (the lifecycle per class would create the context before the temp folders). */
	@BeforeEach
	void runWithOneBadRowPerProblem() throws IOException {
		if (outcome != null) {
			return;
		}
		// given: the article's 27 shipped observations (lines 2-28; the national context rows and the second
		// sources left out), then 13
		// more records from line 29
		workspace = new BriefWorkspace(temp);
		for (String file : List.of("observations.csv", "regions.csv")) {
			workspace.write(file, String.join("\n", workspace.read(file).lines()
				.filter((line) -> !line.startsWith("CN,") && !line.contains(",S10,")).toList()) + "\n");
		}
		// the shipped commentary cites the national figures left out here: this test is about rows, not commentary
		org.springframework.util.FileSystemUtils.deleteRecursively(workspace.input().resolve("commentary").toFile());
		workspace.append("observations.csv",
				"GZ,compute_capacity,2023,2.8EFLOPS,>,S1,q,,,,,", // 29
				"GZ,compute_capacity,2022,NaN,=,S1,q,,,,,", // 30
				"GZ,compute_capacity,2021,Infinity,=,S1,q,,,,,", // 31
				"GZ,compute_capacity,2020,1e400,=,S1,q,,,,,", // 32
				"GZ,compute_capacity,2019,3,≈,S1,q,,,,,", // 33
				"XJ,compute_capacity,2024,1,=,S1,q,,,,,", // 34
				"GZ,gpu_count,2024,1,=,S1,q,,,,,", // 35
				"GZ,computing_centers,2024,13,=,S1,q,,,,,", // 36: line 2 says 12
				"../../etc,compute_capacity,2024,1,=,S1,q,,,,,", // 37
				"GZ,compute_capacity,2018,1,=,S1," + "x".repeat(4001) + ",,,,,", // 38
				"GZ,compute_capacity,2017,1.25,=,S1,\"a quote\nover three\nlines\",,,,,", // 39-41, good
				"GZ,compute_capacity,2016,1,=cmd|' /C calc'!A0,S1,q,,,,,", // 42
				"GZ,compute_capacity,2015,1,=,<b>S9</b>,q,,,,,"); // 43

		// when
		outcome = this.briefRuns.run(workspace.request(AS_OF, List.of("comparative"), List.of("en")));
		rejects = readCsv(workspace.published(AS_OF).resolve("rejects.csv"));
	}

	@Test
	void theRunGoesOnAndPublishes() {
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		assertThat(workspace.published(AS_OF).resolve("comparative.en.pdf")).exists();
	}

	@Test
	void valueWithAUnit() {
		assertRejected(29, "value", "2.8EFLOPS",
				"not a number; write a plain decimal such as 2.8, without units or thousands separators");
	}

	@Test
	void valuesThatAreNotFinite() {
		String notFinite = "not a finite number; give a plain decimal such as 2.8, or leave the row out";
		assertRejected(30, "value", "NaN", notFinite);
		assertRejected(31, "value", "Infinity", notFinite);
		assertRejected(32, "value", "1e400", "the number is out of range (a value can be at most about ±1.8E308 and,"
				+ " unless it is 0, no closer to zero than 4.9E-324); check the exponent");
	}

	@Test
	void unknownQualifier() {
		assertRejected(33, "qualifier", "≈", "must be one of <, <=, =, >, >=, ~");
	}

	@Test
	void unknownRegion() {
		assertRejected(34, "region", "XJ", "unknown region 'XJ'; add it to regions.csv or correct the code");
	}

	@Test
	void unknownIndicator() {
		assertRejected(35, "indicator", "gpu_count",
				"unknown indicator 'gpu_count'; add it to indicators.csv or correct the code");
	}

	@Test
	void duplicateKeyWithADifferentValueRejectsBothRowsNamingEachOther() {
		String reason = "duplicate GZ / computing_centers / 2024 / S1 with a different value: lines 2, 36 disagree;"
				+ " keep the right one and delete the others";
		assertRejected(2, "region, indicator, period, source", "GZ / computing_centers / 2024 / S1", reason);
		assertRejected(36, "region, indicator, period, source", "GZ / computing_centers / 2024 / S1", reason);
	}

	@Test
	void codeThatBreaksThePattern() {
		assertRejected(37, "region", "../../etc", "not a valid region code (must match [A-Z][A-Z0-9]{1,15})");
	}

	@Test
	void fieldOverTheLengthLimit() {
		assertRejected(38, "quote", "x".repeat(40) + "…", "the field is 4001 characters long; the limit for quote is 4000; shorten it");
	}

	@Test
	void rowAfterAMultiLineFieldHasItsPhysicalLineAndTheGoodRowLoads() throws IOException {
		assertThat(lines()).doesNotContain("39", "40", "41");
		assertThat(Files.readString(workspace.published(AS_OF).resolve("indicators.csv")))
			.contains("GZ,compute_capacity,2017,1.25,'=,EFLOPS,observed");
		assertRejected(42, "qualifier", "'=cmd|' /C calc'!A0", "must be one of <, <=, =, >, >=, ~");
	}

	@Test
	void exactlyTheBadRowsAreRejected() {
		assertThat(lines()).containsExactly("2", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "42", "43");
	}

	@Test
	void formulaLikeValuesAreNeutralisedInRejectsCsv() {
		assertThat(rejects).allSatisfy((row) -> {
			for (String cell : List.of(row.get("column"), row.get("value"), row.get("reason"))) {
				assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
			}
		});
	}

	@Test
	void reconciliationIsStoredWithTheJobExecution() {
		Map<String, StepExecution> steps = this.jobRepository.getJobExecution(outcome.executionId())
			.getStepExecutions()
			.stream()
			.collect(Collectors.toMap(StepExecution::getStepName, (step) -> step));
		StepExecution observations = steps.get("ingest-observations");
		assertThat(observations.getExecutionContext().getLong(IngestStepListener.ROWS_READ)).isEqualTo(40);
		assertThat(observations.getExecutionContext().getLong(IngestStepListener.ROWS_LOADED)).isEqualTo(27);
		assertThat(observations.getExecutionContext().getLong(IngestStepListener.ROWS_REJECTED)).isEqualTo(13);
		assertThat(steps.get("ingest-regions").getExecutionContext().getLong(IngestStepListener.ROWS_READ)).isEqualTo(3);
	}

	@Test
	void theBriefsDataQualityNoteStatesTheCountsAndListsTheRejects() {
		String text = BriefWorkspace.pdfText(workspace.published(AS_OF).resolve("comparative.en.pdf"));
		String flat = text.replaceAll("\\s+", " ");
		assertThat(flat).contains("Data quality")
			.contains("observations.csv 40 27 13")
			.contains("regions.csv 3 3 0")
			// the brief sets the reasons' quotation marks curly
			.contains("unknown region ‘XJ’")
			.contains("unknown source ‘<b>S9</b>’")
			.contains("lines 2, 36 disagree");
	}

	private List<String> lines() {
		return rejects.stream().map((row) -> row.get("line")).distinct().toList();
	}

	private void assertRejected(long line, String column, String value, String reason) {
		assertThat(rejects).as("rejects.csv").anySatisfy((row) -> {
			assertThat(row.get("file")).isEqualTo("observations.csv");
			assertThat(row.get("line")).isEqualTo(Long.toString(line));
			assertThat(row.get("column")).isEqualTo(column);
			assertThat(row.get("value")).isEqualTo(value);
			assertThat(row.get("reason")).isEqualTo(reason);
		});
	}

	static List<CSVRecord> readCsv(Path file) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
