package org.policybriefs.preview;

import java.time.Duration;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The briefs are made again once an editor's burst of changes has settled, not at its first change. */
class SaveBurstTests {

	private static final long MS = 1_000_000;

	private final SaveBurst burst = new SaveBurst(Duration.ofMillis(50), Duration.ofMillis(1000));

	@Test
	void withoutAChangeThereIsNothingToWaitFor() {
		assertThat(this.burst.isPending()).isFalse();
		assertThat(this.burst.waitAt(0)).isNull();
		assertThat(this.burst.takeIfDue(5_000 * MS)).isFalse();
	}

	@Nested
	class OneSave {

		@Test
		void isDueWhenNoChangeFollowedForTheQuietTime() {
			SaveBurstTests.this.burst.changed(100 * MS);

			assertThat(SaveBurstTests.this.burst.waitAt(120 * MS)).isEqualTo(Duration.ofMillis(30));
			assertThat(SaveBurstTests.this.burst.takeIfDue(149 * MS)).isFalse();
			assertThat(SaveBurstTests.this.burst.takeIfDue(150 * MS)).isTrue();
		}

		@Test
		void isTakenOnceAndTheNextChangeStartsAnotherBurst() {
			SaveBurstTests.this.burst.changed(0);
			assertThat(SaveBurstTests.this.burst.takeIfDue(60 * MS)).isTrue();

			assertThat(SaveBurstTests.this.burst.takeIfDue(70 * MS)).isFalse();
			assertThat(SaveBurstTests.this.burst.isPending()).isFalse();
			SaveBurstTests.this.burst.changed(80 * MS);
			assertThat(SaveBurstTests.this.burst.waitAt(80 * MS)).isEqualTo(Duration.ofMillis(50));
		}

	}

	@Nested
	class ABurst {

		@Test
		void eachChangeWithinTheQuietTimePutsItOff() {
			// a temporary file written, renamed, and the original's date set: three changes in 20 ms
			SaveBurstTests.this.burst.changed(0);
			SaveBurstTests.this.burst.changed(8 * MS);
			SaveBurstTests.this.burst.changed(20 * MS);

			assertThat(SaveBurstTests.this.burst.takeIfDue(55 * MS)).as("15 ms after the last change").isFalse();
			assertThat(SaveBurstTests.this.burst.takeIfDue(70 * MS)).isTrue();
		}

		@Test
		void changesThatNeverStopAreMadeAfterTheLongestWait() {
			for (long at = 0; at < 1000; at += 10) {
				SaveBurstTests.this.burst.changed(at * MS);
				assertThat(SaveBurstTests.this.burst.takeIfDue(at * MS)).isFalse();
			}
			SaveBurstTests.this.burst.changed(1000 * MS);

			assertThat(SaveBurstTests.this.burst.waitAt(1000 * MS)).isEqualTo(Duration.ZERO);
			assertThat(SaveBurstTests.this.burst.takeIfDue(1000 * MS)).isTrue();
		}

	}

	@Test
	void aQuietTimeLongerThanTheLongestWaitIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new SaveBurst(Duration.ofSeconds(2), Duration.ofSeconds(1)))
			.withMessageContaining("at most the longest wait");
		assertThatIllegalArgumentException().isThrownBy(() -> new SaveBurst(Duration.ofMillis(-1), Duration.ofSeconds(1)));
	}

}
