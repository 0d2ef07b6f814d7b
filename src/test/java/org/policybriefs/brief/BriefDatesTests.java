package org.policybriefs.brief;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Tables of dates in each edition's one convention, from the bundle's ICU patterns or the locale's long date. */
class BriefDatesTests {

	static final Map<String, String> ENGLISH = Map.of("date.day", "d MMMM y", "date.month", "MMMM y");

	static final Map<String, String> CHINESE = Map.of("date.day", "y年M月d日", "date.month", "y年M月");

	@ParameterizedTest(name = "{0} is {1} and {2}")
	@CsvSource({ "2026-11-30, 30 November 2026, 2026年11月30日", "2024-01-05, 5 January 2024, 2024年1月5日" })
	void writesADay(String iso, String english, String chinese) {
		LocalDate date = LocalDate.parse(iso);
		assertThat(new BriefDates(Locale.ENGLISH, ENGLISH::get).day(date)).isEqualTo(english);
		assertThat(new BriefDates(Locale.SIMPLIFIED_CHINESE, CHINESE::get).day(date)).isEqualTo(chinese);
	}

	@ParameterizedTest(name = "{0} is {1} and {2}")
	@CsvSource({ "2024-05-03, 3 May 2024, 2024年5月3日", "2024-05, May 2024, 2024年5月", "2024, 2024, 2024",
			"'', '', ''", "undated, undated, undated" })
	void writesADateAsASourceGivesIt(String iso, String english, String chinese) {
		assertThat(new BriefDates(Locale.ENGLISH, ENGLISH::get).iso(iso)).isEqualTo(english);
		assertThat(new BriefDates(Locale.SIMPLIFIED_CHINESE, CHINESE::get).iso(iso)).isEqualTo(chinese);
	}

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource({ "zh-CN, 2026年11月30日", "en-GB, 30 November 2026" })
	void usesTheLocalesLongDateWithoutAPattern(String locale, String expected) {
		assertThat(new BriefDates(Locale.forLanguageTag(locale), (key) -> null).day(LocalDate.parse("2026-11-30")))
			.isEqualTo(expected);
	}

}
