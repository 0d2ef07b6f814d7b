package org.policybriefs.ingest;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A rejected row fits its table whatever the size of the cell or of the reason quoting it. */
class RejectedRowTests {

	@Test
	void aValueAndAReasonOverTheColumnLimitAreCutWithAMarker() {
		String cell = "1".repeat(5_000) + "END";
		RejectedRow row = new RejectedRow("observations.csv", 2, "value", cell, "not a number: '" + cell + "'");

		assertThat(row.value()).hasSize(RejectedRow.LONGEST).startsWith("1111").endsWith("END");
		int left = Integer.parseInt(row.value().replaceAll("(?s).* \\((\\d+) characters left out\\) .*", "$1"));
		assertThat(row.value().length() - row.value().replaceAll("(?s) … \\(.*\\) … ", "").length()
				+ (cell.length() - left)).isEqualTo(RejectedRow.LONGEST);
		assertThat(row.reason()).hasSize(RejectedRow.LONGEST).startsWith("not a number: '1111").endsWith("END'");
	}

	@Test
	void shortTextsAreKeptWhole() {
		RejectedRow row = new RejectedRow("regions.csv", 3, "code", "bj", "must be upper case");
		assertThat(row.value()).isEqualTo("bj");
		assertThat(row.reason()).isEqualTo("must be upper case");
	}

}
