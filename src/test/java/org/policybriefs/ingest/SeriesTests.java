package org.policybriefs.ingest;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class SeriesTests {

	private static final String SERIES = """
			# the topic
			title:
			  en: Tidal Energy on Three Coasts
			  zh-CN: 三地潮汐能
			regional-title:
			  en: "{region} and the Tides"
			  zh-CN: "潮汐中的{region}"
			series:
			  en: Coastal Briefs
			  zh-CN: 沿海简报
			""";

	@Test
	void givesEachTextInTheBriefsLanguage() {
		Series series = Series.parse("series.yml", SERIES);
		assertThat(series.title(Locale.ENGLISH)).contains("Tidal Energy on Three Coasts");
		assertThat(series.title(Locale.SIMPLIFIED_CHINESE)).contains("三地潮汐能");
		assertThat(series.regionalTitle(Locale.ENGLISH, "Brittany")).contains("Brittany and the Tides");
		assertThat(series.name(Locale.SIMPLIFIED_CHINESE)).contains("沿海简报");
		assertThat(series.keywords(Locale.ENGLISH)).isEmpty();
	}

	@Test
	void anEmptyFileNamesNothing() {
		assertThat(Series.parse("series.yml", "# nothing yet\n").title(Locale.ENGLISH)).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			title:\\n  en: A\\n  zh-CN: 甲\\nsubject:\\n  en: B                       | series.yml:4: unknown key 'subject'
			title: A                                                                | series.yml:1: title must map each language
			title:\\n  en: A\\n  zh-CN: 甲\\nseries:\\n  en: B                      | series.yml:4: series gives [en] but the keys before it give [en, zh-CN]
			regional-title:\\n  en: The region                                      | series.yml:2: regional-title in en has no {region}
			title:\\n  en: [A, B]                                                   | series.yml:2: expected a line of text here
			title:\\n  en: A\\n  en: B                                               | series.yml:3: title gives en twice
			- title                                                                 | series.yml:1: expected keys such as 'title:'
			""")
	void refusesWhatItCannotUseWithTheFileAndLine(String content, String message) {
		assertThatExceptionOfType(InputFileException.class)
			.isThrownBy(() -> Series.parse("series.yml", content.replace("\\n", "\n")))
			.withMessageStartingWith(message);
	}

}
