package org.policybriefs.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
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
 * Input that an adversarial run broke, as the operator meets it: a field longer than its column
 * is a rejected row naming file, line, column and limit (not a failed chunk); an impossible period,
 * a control or formatting character, digits other than 0-9 and a conflicting duplicate are rejected
 * rows; a stray carriage return, a formula nested too deeply and a broken analysts.csv stop the run
 * naming file and line; and every refused formula is named in one run.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class InputChecksFunctionalTests {

	private static final String AS_OF = "2026-12-03";

	@TempDir
	java.nio.file.Path temp;

	@Autowired
	BriefCommands commands;

	BriefWorkspace workspace;

	CommandLineSession session;

	@BeforeEach
	void setUp() {
		this.workspace = new BriefWorkspace(this.temp);
		this.session = new CommandLineSession(this.commands, this.workspace);
	}

	@Test
	void fieldsLongerThanTheirColumnAreRejectedRowsNamingTheLimit(CapturedOutput output) {
		long region = this.workspace.appendRow("regions.csv", Map.of("code", "XL", "name_en", "n".repeat(201),
				"name_zh", "名", "strategy", "s", "strategy_en", "S", "strategy_zh", "战略"));
		long unit = this.workspace.appendRow("indicators.csv", indicator("long_unit", Map.of("unit", "u".repeat(51))));
		long category = this.workspace.appendRow("indicators.csv",
				indicator("long_category", Map.of("category", "c".repeat(65))));
		long formula = this.workspace.appendRow("indicators.csv", indicator("long_formula",
				Map.of("kind", "derived", "formula", "1." + "0".repeat(1998) + "1")));
		long title = this.workspace.appendRow("sources.csv", Map.of("id", "S9", "title", "t".repeat(1001)));

		int code = this.session.execute("validate");

		assertThat(code).as(this.session.stderr()).isZero();
		assertThat(output.getOut()).contains(
				"line " + region + ", name_en '" + "n".repeat(40) + "…': the field is 201 characters long; the limit"
						+ " for name_en is 200",
				"line " + unit + ", unit '" + "u".repeat(40) + "…': the field is 51 characters long; the limit for unit"
						+ " is 50",
				"line " + category + ", category '" + "c".repeat(40) + "…': the field is 65 characters long; the limit"
						+ " for category is 64",
				"line " + formula + ", formula '1." + "0".repeat(38) + "…': the field is 2001 characters long; the"
						+ " limit for formula is 2000",
				"line " + title + ", title '" + "t".repeat(40) + "…': the field is 1001 characters long; the limit"
						+ " for title is 1000");
	}

	@Test
	void anImpossiblePeriodIsRejectedAndNeverBecomesTheDataPeriod() {
		this.workspace.appendRow("observations.csv", Map.of("region", "GZ", "indicator", "computing_centers", "period",
				"2024-13", "value", "13", "qualifier", "=", "source", "S1", "quote", "q"));

		int code = this.session.execute("run", "--as-of=" + AS_OF, "--brief=comparative", "--locale=en",
				"--no-distribute");

		assertThat(code).as(this.session.stderr()).isZero();
		String brief = BriefWorkspace.pdfText(this.workspace.published(AS_OF).resolve("comparative.en.pdf"));
		assertThat(brief).doesNotContain("2024-13").contains("data period 2024");
		assertThat(this.workspace.read("observations.csv")).contains("2024-13");
		assertThat(readPublished("rejects.csv")).contains("there is no month 13");
	}

	@Test
	void controlAndFormattingCharactersAndOtherDigitsAreRejectedWithTheCodePoint(CapturedOutput output) {
		long bell = this.workspace.appendRow("regions.csv", Map.of("code", "XB", "name_en", "Bell\u0007", "name_zh",
				"名", "strategy", "s", "strategy_en", "S", "strategy_zh", "战略"));
		long bidi = this.workspace.appendRow("indicators.csv",
				indicator("bidi_name", Map.of("name_en", "evil\u202Eoh")));
		long fullWidth = this.workspace.appendRow("observations.csv", Map.of("region", "GZ", "indicator",
				"computing_centers", "period", "2023", "value", "０１２", "qualifier", "=", "source", "S1", "quote", "q"));

		int code = this.session.execute("validate");

		assertThat(code).as(this.session.stderr()).isZero();
		assertThat(output.getOut()).contains(
				"line " + bell + ", name_en 'Bell<U+0007>': a control character, U+0007 BEL, at character 5",
				"line " + bidi + ", name_en 'evil<U+202E>oh': an invisible formatting character, U+202E RIGHT-TO-LEFT"
						+ " OVERRIDE, at character 5",
				"line " + fullWidth + ", value '０１２': digits other than 0-9");
	}

	@Test
	void aStrayCarriageReturnStopsTheRunNamingItsLine() {
		String observations = this.workspace.read("observations.csv");
		this.workspace.write("observations.csv", observations + "GZ,computing_centers,2023,1\r2,=,S1,q,\n");
		long line = observations.lines().count() + 1;

		int code = this.session.execute("validate");

		assertThat(code).isEqualTo(BriefCommands.FAILED);
		assertThat(this.session.stderr()).contains("error: observations.csv:" + line
				+ ": a carriage return (U+000D) that ends no line");
	}

	@Test
	void aDuplicateKeyWithADifferentValueRejectsEveryCopy(CapturedOutput output) {
		long second = this.workspace.appendRow("sources.csv", Map.of("id", "S1", "title", "Another title"));

		int code = this.session.execute("validate");

		assertThat(code).as(this.session.stderr()).isZero();
		assertThat(output.getOut()).contains("sources.csv       read " + (second - 1) + ", loaded " + (second - 3)
				+ ", rejected 2",
				"line 2, id 'S1': duplicate S1 with a different value: lines 2, " + second + " disagree",
				"line " + second + ", id 'S1': duplicate S1 with a different value: lines 2, " + second + " disagree",
				"line 2, source 'S1': the source 'S1' was not loaded: sources.csv rejected its rows at lines 2, "
						+ second + "; correct them there");
	}

	@Test
	void aRegionWhoseRowsWereRejectedIsNamedSoWhereverItIsUsed(CapturedOutput output) {
		long second = this.workspace.appendRow("regions.csv", Map.of("code", "GZ", "name_en", "Guizhou again",
				"name_zh", "贵州", "strategy", "s", "strategy_en", "S", "strategy_zh", "战略"));
		long formula = this.workspace.read("indicators.csv").lines().takeWhile((line) -> !line.startsWith(
				"implied_bj_electricity_price,")).count() + 1;

		int code = this.session.execute("validate");

		assertThat(code).isEqualTo(BriefCommands.FAILED);
		assertThat(output.getOut()).contains("line 2, region 'GZ': the region 'GZ' was not loaded: regions.csv rejected"
				+ " its rows at lines 2, " + second + "; correct them there");
		assertThat(this.session.stderr()).contains("error: indicators.csv:" + formula + ": formula of"
				+ " implied_bj_electricity_price: region GZ in GZ.electricity_price was not loaded: its rows in"
				+ " regions.csv were rejected (see the rejected rows); correct them");
	}

	@Test
	void aRegionRowRejectedForAnotherColumnIsNamedAsRejectedNotUnknown(CapturedOutput output) {
		// given: GZ's row rejected for its name (a control character), not for its code
		this.workspace.write("regions.csv", this.workspace.read("regions.csv").replace("GZ,Guizhou,", "GZ,Gui\u0007zhou,"));

		// when
		this.session.execute("validate");

		// then
		assertThat(output.getOut()).contains("line 2, region 'GZ': the region 'GZ' was not loaded: regions.csv rejected"
				+ " its row at line 2; correct it there")
			.doesNotContain("unknown region 'GZ'");
	}

	@Test
	void aFormulaNestedTooDeeplyStopsTheRunWithItsLine() {
		long line = this.workspace.appendRow("indicators.csv", indicator("deep",
				Map.of("kind", "derived", "formula", "(".repeat(990) + "computing_centers" + ")".repeat(990))));

		int code = this.session.execute("validate");

		assertThat(code).isEqualTo(BriefCommands.FAILED);
		assertThat(this.session.stderr()).contains("error: indicators.csv:" + line
				+ ": formula of deep: nested deeper than 64 levels");
	}

	@Test
	void everyRefusedFormulaIsNamedInOneRun() {
		List<Long> lines = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			lines.add(this.workspace.appendRow("indicators.csv",
					indicator("bad_" + i, Map.of("kind", "derived", "formula", "T(java.lang.Runtime).getRuntime()"))));
		}

		int code = this.session.execute("validate");

		assertThat(code).isEqualTo(BriefCommands.FAILED);
		for (int i = 0; i < 40; i++) {
			assertThat(this.session.stderr()).contains("error: indicators.csv:" + lines.get(i) + ": formula of bad_" + i
					+ ": type references T(...) are not allowed");
		}
	}

	@Test
	void aBrokenAnalystsFileFailsValidateNamingItsLine() {
		this.workspace.append("analysts.csv", "analyst.four@example.org,\"Four,en,comparative");

		int code = this.session.execute("validate");

		assertThat(code).isEqualTo(BriefCommands.FAILED);
		assertThat(this.session.stderr()).contains("error: analysts.csv:5: a quoted field opened on this line is never"
				+ " closed");
	}

	@Test
	void anAnalystAskingForAnUnknownRegionIsRejectedAndSaidSo(CapturedOutput output) {
		this.workspace.append("analysts.csv", "analyst.four@example.org,Four,en,region:XX");

		int code = this.session.execute("validate");

		assertThat(code).as(this.session.stderr()).isZero();
		assertThat(output.getOut()).contains("analysts.csv      read 4, accepted 3, rejected 1",
				"line 5, 'analyst.four@example.org': unknown region 'XX' in region:XX; regions.csv has GZ, SH, BJ");
	}

	@Test
	void anAnalystNameLongerThanItsColumnFailsOnlyThatAnalyst() {
		this.workspace.append("analysts.csv", "analyst.four@example.org," + "n".repeat(201) + ",en,comparative");

		int code = this.session.execute("run", "--as-of=" + AS_OF, "--brief=comparative", "--locale=en");

		assertThat(code).as(this.session.stderr()).isZero();
		assertThat(BriefWorkspace.filesBelow(this.workspace.published(AS_OF).resolve("outbox"))).containsExactly(
				"analyst.one@example.org.eml", "analyst.three@example.org.eml", "analyst.two@example.org.eml");
	}

	/** An observed indicator row with the given changes. */
	private static Map<String, String> indicator(String code, Map<String, String> changes) {
		Map<String, String> row = new java.util.HashMap<>(Map.of("code", code, "name_en", "Name", "name_zh", "名称",
				"unit", "u", "category", "compute", "kind", "observed", "decimals", "0", "direction", "higher"));
		row.putAll(changes);
		return row;
	}

	private String readPublished(String file) {
		try {
			return java.nio.file.Files.readString(this.workspace.published(AS_OF).resolve(file));
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
