package org.policybriefs.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChinesePunctuationTests {

	private static final List<String> REGIONS = InputFileSpec.REGIONS.chineseColumns();

	private static CsvRow row(String column, String text) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("code", "SH");
		values.put(column, text);
		return new CsvRow("regions.csv", 3, values);
	}

	@Test
	void namesFileLineColumnTheCharacterAndItsFullWidthForm() {
		assertThat(ChinesePunctuation.warnings(row("constraint_zh", "算力缺口达30%,受芯片禁运掣肘"), REGIONS))
			.containsExactly("regions.csv:3: column constraint_zh: half-width ',' in Chinese text (…达30%,受芯片禁…);"
					+ " write the full-width '，'");
	}

	@Test
	void aFileIsReadInItsKnownChineseColumns() {
		assertThat(InputFileSpec.OBSERVATIONS.chineseColumns()).containsExactly("scope_zh");
		assertThat(InputFileSpec.REGIONS.chineseColumns()).contains("name_zh", "constraint_zh").doesNotContain("name_en");
		assertThat(ChinesePunctuation.warnings(row("constraint_zh", "算力缺口达30%,受芯片禁运掣肘"),
				InputFileSpec.REGIONS.chineseColumns()))
			.containsExactly("regions.csv:3: column constraint_zh: half-width ',' in Chinese text (…达30%,受芯片禁…);"
					+ " write the full-width '，'");
		assertThat(ChinesePunctuation.warnings(row("constraint_zh", "算力缺口达30%,受芯片禁运掣肘"),
				InputFileSpec.OBSERVATIONS.chineseColumns())).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			上海,北京          | ，
			原文:三分之一      | ：
			电价;北京          | ；
			数量(原文          | （
			上海张江)。        | ）
			指数 (北京=1)      | （
			""")
	void everyHalfWidthMarkBesideChineseIsFound(String text, String fullWidth) {
		assertThat(ChinesePunctuation.warnings(row("name_zh", text), REGIONS)).singleElement()
			.satisfies((warning) -> assertThat(warning).endsWith("write the full-width '" + fullWidth + "'"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			上海，北京（张江）：三分之一；
			A100/H100
			`Zhipu AI, ModelBest (Beijing)`
			""")
	void fullWidthOrLatinTextIsFine(String text) {
		assertThat(ChinesePunctuation.warnings(row("name_zh", text), REGIONS)).isEmpty();
	}

	@Test
	void onlyChineseColumnsAreChecked() {
		assertThat(ChinesePunctuation.warnings(row("quote", "貴州押注“資源驅動”,用綠電"), REGIONS)).isEmpty();
		assertThat(ChinesePunctuation.warnings(row("constraint_en", "上海,北京"), REGIONS)).isEmpty();
	}

}
