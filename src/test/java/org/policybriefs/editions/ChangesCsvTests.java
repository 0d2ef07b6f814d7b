package org.policybriefs.editions;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A previous edition is untrusted: whatever text it held, changes.csv writes no cell that a
 * spreadsheet would run as a formula, in any column.
 */
class ChangesCsvTests {

	private static final String LINK = "=HYPERLINK(\"http://example.org/x\",\"click\")";

	@Test
	void formulasFromThePreviousEditionAreNeutralisedInEveryColumn() throws Exception {
		EditionValue before = new EditionValue("GZ", "compute_capacity", "2024", "@kind", 2.8, LINK, "EFLOPS", "",
				List.of("+S1"), "");
		EditionValue after = new EditionValue("GZ", "compute_capacity", "2024", "@kind", 2.8, "=", "EFLOPS", "",
				List.of("+S1"), "");
		EditionChanges changes = EditionComparison.compare(LocalDate.parse("2026-11-27"), List.of(before),
				LocalDate.parse("2026-11-28"), List.of(after));
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		ChangesCsv.write(changes.changes(), out);

		CSVRecord row = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
			.getRecords()
			.get(0);
		assertThat(row.get("old_qualifier")).isEqualTo("'" + LINK);
		assertThat(row.get("kind")).isEqualTo("'@kind");
		assertThat(row.get("new_qualifier")).isEqualTo("'=");
		assertThat(row.get("old_sources")).isEqualTo("'+S1");
		for (String cell : row.values()) {
			assertThat(cell).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
		}
	}

}
