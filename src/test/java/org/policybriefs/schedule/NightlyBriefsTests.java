package org.policybriefs.schedule;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybriefs.jobs.ServeProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Which fire the schedule replays when it starts after missing some. The launch path and the lock
 * are not reached by these questions; the fire itself is tested against a running serve instance in
 * {@code NightlyBriefsFunctionalTests}.
 */
class NightlyBriefsTests {

	private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	@ParameterizedTest(name = "{0} at {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			0 0 2 * * *     | 2026-12-06T10:00 | 2026-12-06T02:00
			0 0 2 * * *     | 2026-12-06T01:59 | 2026-12-05T02:00
			0 0 2 * * *     | 2026-12-06T02:00 | 2026-12-06T02:00
			0 30 6 * * MON  | 2026-12-06T10:00 | 2026-11-30T06:30
			0 0 3 1 * *     | 2026-12-06T10:00 | 2026-12-01T03:00
			0 0 0 1 1 *     | 2026-12-06T10:00 | 2026-01-01T00:00
			""")
	void catchingUpReplaysTheLatestFireAtOrBeforeNow(String cron, String now, String latest) {
		assertThat(schedule(cron).latestFireBefore(at(now))).contains(at(latest));
	}

	@Test
	void aCronExpressionThatFiredNotWithinAYearHasNothingToCatchUp() {
		assertThat(schedule("0 0 0 29 2 *").latestFireBefore(at("2026-12-06T10:00"))).isEmpty();
	}

	@Test
	void aMalformedCronExpressionStopsTheStartNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> schedule("0 0 25 * * *"))
			.withMessageContaining("0 0 25 * * *");
	}

	private static ZonedDateTime at(String local) {
		return ZonedDateTime.of(LocalDateTime.parse(local), SHANGHAI);
	}

	private static NightlyBriefs schedule(String cron) {
		ScheduleProperties properties = new ScheduleProperties(true, cron.strip(), SHANGHAI, true, false,
				Duration.ofSeconds(30));
		// neither the launch path nor the lock is reached by the questions asked here
		return new NightlyBriefs(null, new ServeProperties(Path.of("input"), Path.of("output")), properties,
				Clock.system(SHANGHAI), null);
	}

}
