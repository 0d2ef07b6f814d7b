package org.policybriefs.ingest;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixed-size screen of loaded keys: a repeated key is always a candidate, distinct keys
 * rarely are, and too many candidates switch duplicate detection to a query over the table.
 */
class DuplicateScreenTests {

	@Test
	void aKeySeenOnceIsNoCandidateAndASecondTimeIs() {
		DuplicateScreen screen = new DuplicateScreen();
		screen.add(List.of("GZ", "compute_capacity", "2024"));
		screen.add(List.of("GZ", "compute_capacity", "2023"));

		assertThat(screen.candidates()).isEmpty();

		screen.add(List.of("GZ", "compute_capacity", "2024"));

		assertThat(screen.candidates()).containsExactly(List.of("GZ", "compute_capacity", "2024"));
		assertThat(screen.overflowed()).isFalse();
	}

	@Test
	void fieldBoundariesAreAPartOfTheKey() {
		DuplicateScreen screen = new DuplicateScreen();
		screen.add(List.of("GZ", "ab", "c"));
		screen.add(List.of("GZ", "a", "bc"));

		assertThat(screen.candidates()).isEmpty();
	}

	@Test
	void aMillionDistinctKeysGiveFewFalseCandidates() {
		DuplicateScreen screen = new DuplicateScreen();
		for (int region = 0; region < 1000; region++) {
			for (int indicator = 0; indicator < 100; indicator++) {
				for (int period = 0; period < 10; period++) {
					screen.add(List.of("R" + region, "syn_" + indicator, Integer.toString(2015 + period)));
				}
			}
		}

		assertThat(screen.overflowed()).isFalse();
		assertThat(screen.candidates().size()).isLessThan(1000);
	}

	@Test
	void tooManyCandidatesOverflow() {
		DuplicateScreen screen = new DuplicateScreen();
		for (int repeat = 0; repeat < 2; repeat++) {
			for (int i = 0; i <= DuplicateScreen.MAX_CANDIDATES; i++) {
				screen.add(List.of("GZ", "k" + i, "2024"));
			}
		}

		assertThat(screen.overflowed()).isTrue();
		assertThat(screen.candidates()).isEmpty();
	}

}
