package org.policybriefs.files;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CsvWriterTests {

	@ParameterizedTest
	@ValueSource(strings = { "=HYPERLINK(\"http://x\",\"click\")", "+1+1", "-1+1", "@SUM(A1)", "\tx", "\rx", "-", "-x",
			"--1", "-1.", "-.5", "'=1", "'" })
	void aCellThatASpreadsheetWouldRunGetsAnApostropheAndReadsBackAsItWas(String value) {
		assertThat(CsvWriter.cell(value)).startsWith("'");
		assertThat(CsvWriter.asWritten(CsvWriter.cell(value))).isEqualTo(value);
	}

	@ParameterizedTest
	@CsvSource({ "-3.5", "-12", "0", "3.25", "GZ", "a=b" })
	void plainNumbersAndTextStayAsTheyAre(String value) {
		assertThat(CsvWriter.cell(value)).isEqualTo(value);
		assertThat(CsvWriter.asWritten(value)).isEqualTo(value);
	}

	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2 })
	void everyColumnIsNeutralised(int column) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		CsvWriter csv = CsvWriter.to(out, List.of("a", "b", "c"));
		String[] cells = { "x", "y", "z" };
		cells[column] = "=1+1";
		csv.row(cells);
		csv.flush();

		assertThat(out.toString(StandardCharsets.UTF_8).lines().skip(1).findFirst().orElseThrow().split(",")[column])
			.isEqualTo("'=1+1");
	}

}
