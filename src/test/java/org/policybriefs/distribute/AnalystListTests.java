package org.policybriefs.distribute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybriefs.brief.BriefId;
import org.policybriefs.ingest.InputFileException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rows of analysts.csv: which are kept, which are rejected and why, and which briefs each
 * analyst gets.
 */
class AnalystListTests {

	@TempDir
	Path input;

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			not-an-address             | en    | comparative      | not an email address
			a@b                        | en    | comparative      | not an email address
			a b@example.org            | en    | comparative      | not an email address
			''                         | en    | comparative      | no email address
			ok@example.org             | e_n   | comparative      | not a language tag
			ok@example.org             | en    | ''               | no briefs
			ok@example.org             | en    | regional         | not a brief: 'regional'
			ok@example.org             | en    | region:gz        | not a brief: 'region:gz'
			""")
	void aBadRowIsRejectedWithItsReason(String email, String locale, String briefs, String reason) throws IOException {
		write("email,name,locale,briefs", "\"" + email + "\",Name," + locale + "," + briefs);

		AnalystList.Subscriptions subscriptions = AnalystList.read(this.input);

		assertThat(subscriptions.analysts()).isEmpty();
		assertThat(subscriptions.rejected()).singleElement()
			.satisfies((rejected) -> assertThat(rejected.reason()).contains(reason));
	}

	@Test
	void goodRowsAreKeptBesideBadOnesAndADuplicateAddressCountsOnce() throws IOException {
		write("email,name,locale,briefs", "ada@example.org,Ada,zh-CN,comparative;region:GZ", "oops,Oops,en,comparative",
				"ADA@example.org,Ada again,en,comparative", "bo@example.org,Bo,,comparative");

		AnalystList.Subscriptions subscriptions = AnalystList.read(this.input);

		assertThat(subscriptions.analysts()).extracting(Analyst::email).containsExactly("ada@example.org", "bo@example.org");
		assertThat(subscriptions.analysts().get(0).briefs()).containsExactly(BriefId.COMPARATIVE, BriefId.regional("GZ"));
		assertThat(subscriptions.analysts().get(0).locale()).isEqualTo(Locale.forLanguageTag("zh-CN"));
		assertThat(subscriptions.analysts().get(1).locale()).isEqualTo(Locale.ENGLISH);
		assertThat(subscriptions.rejected()).extracting(AnalystList.Rejected::line).containsExactly(3L, 4L);
	}

	@Test
	void aFileWithoutTheRoleColumnMakesEveryoneAnAnalyst() throws IOException {
		write("email,name,locale,briefs", "ada@example.org,Ada,en,comparative");

		assertThat(AnalystList.read(this.input).analysts()).extracting(Analyst::role)
			.containsExactly(Analyst.Role.ANALYST);
	}

	@Test
	void theRoleColumnNamesEditorsAndABadRoleIsRejectedWithItsLine() throws IOException {
		write("email,name,locale,briefs,role", "ada@example.org,Ada,en,comparative,editor",
				"bo@example.org,Bo,en,comparative,", "cy@example.org,Cy,en,comparative,Analyst",
				"di@example.org,Di,en,comparative,boss");

		AnalystList.Subscriptions subscriptions = AnalystList.read(this.input);

		assertThat(subscriptions.analysts()).extracting(Analyst::role)
			.containsExactly(Analyst.Role.EDITOR, Analyst.Role.ANALYST, Analyst.Role.ANALYST);
		assertThat(subscriptions.rejected()).singleElement()
			.isEqualTo(new AnalystList.Rejected(5, "di@example.org",
					"not a role: 'boss' (write analyst or editor; empty means analyst)"));
	}

	@Test
	void aNameAtItsLimitIsKeptAndOneCharacterMoreIsRejected() throws IOException {
		write("email,name,locale,briefs", "a@example.org," + "n".repeat(200) + ",en,comparative",
				"b@example.org," + "n".repeat(201) + ",en,comparative");

		AnalystList.Subscriptions subscriptions = AnalystList.read(this.input);

		assertThat(subscriptions.analysts()).extracting(Analyst::email).containsExactly("a@example.org");
		assertThat(subscriptions.rejected()).singleElement()
			.isEqualTo(new AnalystList.Rejected(3, "b@example.org",
					"name: the field is 201 characters long; the limit for name is 200; shorten it"));
	}

	@Test
	void aControlCharacterInANameIsRejectedWithItsCodePoint() throws IOException {
		write("email,name,locale,briefs", "a@example.org,Ada\u001b[31m,en,comparative");

		AnalystList.Subscriptions subscriptions = AnalystList.read(this.input);

		assertThat(subscriptions.rejected()).singleElement()
			.satisfies((rejected) -> assertThat(rejected.reason()).startsWith("name: a control character, U+001B"));
	}

	@Test
	void aRegionThatRegionsCsvDoesNotHaveIsRejected() throws IOException {
		write("email,name,locale,briefs", "a@example.org,Ada,en,comparative;region:XX", "b@example.org,Bo,en,region:GZ");

		AnalystList.Subscriptions subscriptions = AnalystList.read(this.input, List.of("GZ", "SH", "BJ"));

		assertThat(subscriptions.analysts()).extracting(Analyst::email).containsExactly("b@example.org");
		assertThat(subscriptions.rejected()).singleElement()
			.isEqualTo(new AnalystList.Rejected(2, "a@example.org",
					"unknown region 'XX' in region:XX; regions.csv has GZ, SH, BJ"));
	}

	@Test
	void theRegionsNamedInARejectionAreAtMostTen() throws IOException {
		write("email,name,locale,briefs", "a@example.org,Ada,en,region:XX");
		List<String> regions = java.util.stream.IntStream.range(0, 1000).mapToObj((i) -> "R" + i).toList();

		AnalystList.Subscriptions subscriptions = AnalystList.read(this.input, regions);

		assertThat(subscriptions.rejected()).singleElement()
			.extracting(AnalystList.Rejected::reason)
			.isEqualTo("unknown region 'XX' in region:XX; regions.csv has R0, R1, R2, R3, R4, R5, R6, R7, R8, R9"
					+ " … and 990 more");
	}

	@Test
	void aFileThatIsNotCsvStopsWithItsLine() throws IOException {
		write("email,name,locale,briefs", "a@example.org,Ada,en,comparative", "b@example.org,\"Bo,en,comparative");

		assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> AnalystList.read(this.input))
			.withMessageStartingWith("analysts.csv:3: a quoted field opened on this line is never closed");
	}

	@Test
	void noFileMeansNoAnalysts() {
		assertThat(AnalystList.read(this.input.resolve("missing"))).isEqualTo(AnalystList.Subscriptions.NONE);
	}

	@Test
	void anAnalystGetsEachBriefOnceInTheirLanguageWhenThereIsOne() {
		Analyst analyst = new Analyst("a@example.org", "A", Locale.forLanguageTag("zh-CN"),
				List.of(BriefId.COMPARATIVE, BriefId.regional("GZ"), BriefId.regional("SH")), Analyst.Role.ANALYST, 2);
		List<BriefFile> published = List.of(brief("comparative", "en"), brief("comparative", "zh-CN"),
				brief("region-GZ", "en"));

		assertThat(BriefFile.choose(analyst, published)).extracting(BriefFile::file)
			.containsExactly("comparative.zh-CN.pdf", "region-GZ.en.pdf");
	}

	private static BriefFile brief(String id, String locale) {
		return new BriefFile(BriefId.parse(id), locale, id + "." + locale + ".pdf", 1000, "sha", Path.of("out"));
	}

	private void write(String... lines) throws IOException {
		Files.writeString(this.input.resolve("analysts.csv"), String.join("\n", lines) + "\n");
	}

}
