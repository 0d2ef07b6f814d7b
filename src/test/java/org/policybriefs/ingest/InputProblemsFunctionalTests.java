package org.policybriefs.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.CommandLineSession;
import org.policybriefs.cli.BriefCommands;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Problems with the input as the operator meets them on the command line: a structural problem
 * stops {@code run} and {@code validate} before anything is rendered, with exit code 1 and the
 * file and line; {@code --strict} and {@code --max-rejects} turn rejected rows into a failed run.
 */
@Tag("database")
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class InputProblemsFunctionalTests {

	private static final String AS_OF = "2026-12-02";

	@TempDir
	Path temp;

	@Autowired
	BriefCommands commands;

	BriefWorkspace workspace;

	CommandLineSession session;

	@BeforeEach
	void setUp() {
		this.workspace = new BriefWorkspace(this.temp);
		this.session = new CommandLineSession(this.commands, this.workspace);
	}

	@Nested
	class StructuralProblemsStopTheRun {

		@Test
		void missingFile() throws IOException {
			Files.delete(workspace.input().resolve("sources.csv"));

			assertRunAndValidateFail("sources.csv: file not found (expected at "
					+ workspace.input().resolve("sources.csv").toAbsolutePath() + ")");
		}

		@Test
		void missingRequiredColumn() {
			workspace.write("observations.csv", workspace.read("observations.csv").replaceFirst(",qualifier,", ",qualifer,"));

			assertRunAndValidateFail("observations.csv:1: missing required column qualifier (the header has: region,"
					+ " indicator, period, value, qualifer, source, quote, note, scope_en, scope_zh, period_basis, quote_en); add it"
					+ " to the header line");
		}

		@Test
		void headerOnlyFile() {
			workspace.write("observations.csv", "region,indicator,period,value,qualifier,source,quote,note\r\n\r\n");

			assertRunAndValidateFail(
					"observations.csv: the file has a header line but no data rows; at least one row is required");
		}

		@Test
		void emptyFile() {
			workspace.write("regions.csv", "");

			assertRunAndValidateFail("regions.csv: the file is empty; it needs a header line with the columns"
					+ " code,name_en,name_zh,strategy,strategy_en,strategy_zh and at least one data row");
		}

		@Test
		void unterminatedQuote() {
			long line = workspace.nextLine("observations.csv");
			workspace.append("observations.csv", "GZ,compute_capacity,2023,3,=,S1,\"opened and never closed,", "",
					"GZ,compute_capacity,2022,3,=,S1,q,,,,,");

			assertRunAndValidateFail("observations.csv:" + line + ": a quoted field opened on this line is never closed; close"
					+ " the quote, or write a quote inside a quoted field as two quotes (\"\")");
		}

		@Test
		void gbkExportNamesTheLineAndAsksForUtf8() throws IOException {
			String content = workspace.read("observations.csv");
			Files.write(workspace.input().resolve("observations.csv"), content.getBytes(Charset.forName("GBK")));

			assertRunAndValidateFail("observations.csv:2: bytes that are not valid UTF-8 (bytes ");
			assertThat(session.stderr()).contains("the file must be saved as UTF-8 (an export in GBK");
		}

		@Test
		void formulaThatRefersToAnUnknownIndicator() {
			workspace.write("indicators.csv", workspace.read("indicators.csv")
				.replace("compute_capacity / computing_centers", "compute_capacity / gpu_count"));

			assertRunAndValidateFail("indicators.csv:28: formula of compute_per_center: unknown indicator code gpu_count");
		}

		private void assertRunAndValidateFail(String message) {
			int run = session.execute("run", "--as-of=" + AS_OF);
			String runErrors = session.stderr();
			assertThat(run).isEqualTo(BriefCommands.FAILED);
			assertThat(runErrors).contains("error: " + message).contains("run failed");
			assertThat(BriefWorkspace.filesBelow(workspace.output())).noneMatch((file) -> file.endsWith(".pdf"));
			assertThat(BriefWorkspace.filesBelow(workspace.published(AS_OF))).isEmpty();

			session.clear();
			int validate = session.execute("validate");
			assertThat(validate).isEqualTo(BriefCommands.FAILED);
			assertThat(session.stderr()).contains("error: " + message).contains("validate failed");
		}

	}

	@Nested
	class RejectLimits {

		@Test
		void strictFailsARunWithAnyRejectedRowAndPublishesNothing() {
			int sources = workspace.rows("sources.csv");
			int regions = workspace.rows("regions.csv");
			int indicators = workspace.rows("indicators.csv");
			long line = workspace.nextLine("observations.csv");
			workspace.append("observations.csv", "GZ,compute_capacity,2023,2.8EFLOPS,>,S1,q,,,,,");
			int observations = workspace.rows("observations.csv");

			int code = session.execute("run", "--as-of=" + AS_OF, "--strict");

			assertThat(code).isEqualTo(BriefCommands.FAILED);
			assertThat(session.stderr()).contains("error: 1 row was rejected (observations.csv 1) and --strict allows no"
					+ " rejected row; correct the rows listed above, or raise the limit");
			assertThat(BriefWorkspace.filesBelow(workspace.output())).noneMatch((file) -> file.endsWith(".pdf"));
		}

		@Test
		void strictPassesCleanInput() {
			assertThat(session.execute("run", "--as-of=" + AS_OF, "--strict", "--brief=comparative", "--locale=en")).isZero();
			assertThat(workspace.published(AS_OF).resolve("comparative.en.pdf")).exists();
		}

		@Test
		void maxRejectsCapsTheRejectedRows() {
			workspace.append("observations.csv", "GZ,compute_capacity,2023,2.8EFLOPS,>,S1,q,,,,,",
					"XJ,compute_capacity,2024,1,=,S1,q,,,,,");

			assertThat(session.execute("validate", "--max-rejects=1")).isEqualTo(BriefCommands.FAILED);
			assertThat(session.stderr()).contains("error: 2 rows were rejected (observations.csv 2) and --max-rejects=1"
					+ " allows at most 1");
			assertThat(session.execute("validate", "--max-rejects=2")).isZero();
			assertThat(session.execute("validate", "--strict")).isEqualTo(BriefCommands.FAILED);
		}

		@Test
		void maxRejectsMustBeAWholeNumber() {
			assertThat(session.execute("run", "--max-rejects=some")).isEqualTo(BriefCommands.USAGE);
			assertThat(session.stderr()).contains("--max-rejects must be a whole number, 0 or more");
		}

	}

	@Nested
	class Report {

		@Test
		void validatePrintsTheSameReportAsRun(CapturedOutput output) {
			int sources = workspace.rows("sources.csv");
			int regions = workspace.rows("regions.csv");
			int indicators = workspace.rows("indicators.csv");
			long line = workspace.nextLine("observations.csv");
			workspace.append("observations.csv", "GZ,compute_capacity,2023,2.8EFLOPS,>,S1,q,,,,,");
			int observations = workspace.rows("observations.csv");

			int validate = session.execute("validate");
			List<String> validateReport = report(output.getOut());
			int printedByValidate = output.getOut().length();
			int run = session.execute("run", "--as-of=" + AS_OF, "--brief=comparative", "--locale=en");
			List<String> runReport = report(output.getOut().substring(printedByValidate));

			assertThat(validate).isZero();
			assertThat(run).isZero();
			assertThat(validateReport).containsExactly(
					"sources.csv       read %d, loaded %d, rejected 0".formatted(sources, sources),
					"regions.csv       read %d, loaded %d, rejected 0".formatted(regions, regions),
					"indicators.csv    read %d, loaded %d, rejected 0".formatted(indicators, indicators),
					"observations.csv  read %d, loaded %d, rejected 1".formatted(observations, observations - 1),
					"  line " + line + ", value '2.8EFLOPS': not a number; write a plain decimal such as 2.8, without"
							+ " units or thousands separators",
					"analysts.csv      read 3, accepted 3, rejected 0");
			assertThat(runReport).isEqualTo(validateReport);
		}

		@Test
		void halfWidthPunctuationInChineseTextIsWarnedOfAndTheRowStillLoads(CapturedOutput output) {
			workspace.write("regions.csv", workspace.read("regions.csv").replace("以绿电和气候优势卡位算力基建",
					"以绿电;气候优势卡位算力基建"));

			int validate = session.execute("validate");

			assertThat(validate).isZero();
			assertThat(output.getOut()).contains("regions.csv:2: column lever_zh: half-width ';' in Chinese text"
					+ " (…以绿电;气候优势…); write the full-width '；'")
				.contains("regions.csv       read %d, loaded %d, rejected 0".formatted(workspace.rows("regions.csv"),
						workspace.rows("regions.csv")));
		}

		private static List<String> report(String output) {
			List<String> report = new ArrayList<>();
			for (String line : output.split("\\R")) {
				if (line.matches("\\S+\\.csv +read .*") || line.startsWith("  line ")) {
					report.add(line);
				}
			}
			return report;
		}

	}

}
