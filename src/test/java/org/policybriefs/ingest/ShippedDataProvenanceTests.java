package org.policybriefs.ingest;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every figure of the shipped data comes from the source article, with its words: each quote is
 * an exact passage of the article (with the pinyin annotations the copied page left, e.g.
 * {@code 區(qū)}, removed), and each value appears in its quote or the note says how the quote's
 * words map to it. Runs where the article sits beside the project, as in CI
 * ({@code ../shared/seeds/}).
 */
class ShippedDataProvenanceTests {

	private static final Path ARTICLE = Path.of("..", "shared", "seeds", "000_713936bde324e60c.txt");

	/** A parenthesised run of lower-case Latin letters with tone marks: pinyin, not text. */
	private static final Pattern PINYIN = Pattern.compile("\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\\)");

	private static String article;

	@BeforeAll
	static void readArticle() throws IOException {
		if (Files.isRegularFile(ARTICLE)) {
			article = PINYIN.matcher(Files.readString(ARTICLE, StandardCharsets.UTF_8)).replaceAll("");
		}
	}

	/** The article's text; a test that needs it is reported skipped, with the reason, where it is absent. */
	private static String article() {
		assumeTrue(article != null, () -> "the source article is not beside the project (expected at "
				+ ARTICLE.toAbsolutePath().normalize() + ")");
		return article;
	}

	@Test
	void annotationsAreStrippedAndRealParenthesesKept() {
		assertThat(article()).contains("(老A)").doesNotContain("(qū)").contains("區");
	}

	@Test
	void everyObservationQuoteOfTheArticleIsAPassageOfIt() throws IOException {
		String text = article();
		List<CSVRecord> observations = read("observations.csv").stream().filter((row) -> row.get("source").equals("S1"))
			.toList();

		assertThat(observations).isNotEmpty();
		for (CSVRecord row : observations) {
			assertThat(text).as("observations.csv line %d quote", row.getRecordNumber() + 1).contains(row.get("quote"));
		}
	}

	/**
	 * A second source's words are a passage of the page as it was read, kept in the repository
	 * under the source's {@code archive} path (the page's address on its first line, which is the
	 * source's {@code url}).
	 */
	@Test
	void everyQuoteOfAnotherSourceIsAPassageOfItsArchivedPage() throws IOException {
		Map<String, CSVRecord> sources = new HashMap<>();
		read("sources.csv").forEach((row) -> sources.put(row.get("id"), row));
		List<CSVRecord> others = read("observations.csv").stream().filter((row) -> !row.get("source").equals("S1"))
			.toList();

		assertThat(others).isNotEmpty();
		for (CSVRecord row : others) {
			CSVRecord source = sources.get(row.get("source"));
			Path page = Path.of(source.get("archive"));
			assertThat(page).as("sources.csv %s archive", source.get("id")).isRegularFile();
			String text = Files.readString(page, StandardCharsets.UTF_8);
			assertThat(text.lines().findFirst()).as("%s: the page's address", page).contains(source.get("url"));
			assertThat(text).as("observations.csv line %d quote", row.getRecordNumber() + 1).contains(row.get("quote"));
		}
	}

	@Test
	void everyRegionQuoteIsAPassageOfTheArticle() throws IOException {
		String text = article();
		for (CSVRecord row : read("regions.csv")) {
			assertThat(text).as("regions.csv %s quote", row.get("code")).contains(row.get("quote"));
		}
	}

	@Test
	void everyValueIsInItsQuoteOrTheNoteExplainsIt() throws IOException {
		for (CSVRecord row : read("observations.csv")) {
			String value = new BigDecimal(row.get("value")).stripTrailingZeros().toPlainString();
			boolean literal = row.get("quote").contains(value);
			// e.g. "三分之一 = one third", "52億元 = 5.2 CNY bn": the quote's own words, then what they mean
			boolean explained = row.get("note").contains(" = ")
					&& row.get("quote").contains(row.get("note").substring(0, row.get("note").indexOf(" = ")).strip());
			assertThat(literal || explained)
				.as("observations.csv line %d: %s not in \"%s\" and not explained by the note", row.getRecordNumber() + 1,
						value, row.get("quote"))
				.isTrue();
		}
	}

	@Test
	void everyObservationHasAnEnglishTranslationOfItsQuote() throws IOException {
		for (CSVRecord row : read("observations.csv")) {
			assertThat(row.get("quote_en")).as("observations.csv line %d quote_en", row.getRecordNumber() + 1)
				.isNotBlank()
				.doesNotContainPattern("\\p{IsHan}{3,}");
		}
	}

	/** "Here" (這里) and "we" (我們) are never the whole region: such a figure says what it describes. */
	@Test
	void aQuoteSpeakingOfHereOrWeNamesItsScope() throws IOException {
		for (CSVRecord row : read("observations.csv")) {
			if (row.get("quote").contains("這里") || row.get("quote").contains("我們")) {
				assertThat(row.get("scope_en")).as("observations.csv line %d scope_en", row.getRecordNumber() + 1)
					.isNotBlank();
				assertThat(row.get("scope_zh")).as("observations.csv line %d scope_zh", row.getRecordNumber() + 1)
					.isNotBlank();
			}
		}
	}

	@Test
	void everyPeriodIsStatedOrAssumedAndAStatedOneIsInTheQuote() throws IOException {
		for (CSVRecord row : read("observations.csv")) {
			assertThat(row.get("period_basis")).as("observations.csv line %d period_basis", row.getRecordNumber() + 1)
				.isIn("stated", "assumed");
			if (row.get("period_basis").equals("stated")) {
				assertThat(row.get("quote") + " " + row.get("note"))
					.as("observations.csv line %d: a stated period is in the quote or its note", row.getRecordNumber() + 1)
					.containsAnyOf(row.get("period"), "same sentence");
			}
		}
	}

	@Test
	void chineseTextUsesFullWidthPunctuation() throws IOException {
		for (String file : List.of("sources.csv", "regions.csv", "indicators.csv", "observations.csv")) {
			for (CSVRecord row : read(file)) {
				// every column of the file that is in Chinese, known to the tool or not
				assertThat(ChinesePunctuation.warnings(new CsvRow(file, row.getRecordNumber() + 1, row.toMap()),
						row.toMap().keySet()))
					.isEmpty();
			}
		}
	}

	private static List<CSVRecord> read(String file) throws IOException {
		try (Reader reader = Files.newBufferedReader(Path.of("input", file), StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
