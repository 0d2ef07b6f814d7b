package org.policybriefs.ingest;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.batch.infrastructure.item.ExecutionContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Reading one input file: what is accepted, the physical line of every record, and the
 * structural problems that stop a run with the file and line.
 */
class CsvRowReaderTests {

	private static final String HEADER = "region,indicator,period,value,qualifier,source,quote,note";

	@TempDir
	Path input;

	@Nested
	class Accepted {

		@Test
		void byteOrderMarkAndCrlfReadLikeAPlainFile() throws IOException {
			String plain = HEADER + "\nGZ,compute_capacity,2024,2.8,>,S1,q1,\nSH,ai_companies,2024,1000,>,S1,q2,n\n";
			List<CsvRow> expected = readString(plain);

			List<CsvRow> withBomAndCrlf = read(bytes("\uFEFF" + plain.replace("\n", "\r\n")));

			assertThat(withBomAndCrlf).isEqualTo(expected);
			assertThat(expected).extracting(CsvRow::line).containsExactly(2L, 3L);
			assertThat(expected.get(0).get("region")).isEqualTo("GZ");
		}

		@Test
		void quotedFieldsSpanningLinesGiveEachRecordItsPhysicalStartLine() {
			List<CsvRow> rows = readString(HEADER + "\n"
					+ "GZ,a1,2024,1,=,S1,\"first\nsecond\nthird\",\n"
					+ "GZ,a2,2024,2,=,S1,plain,\n"
					+ "GZ,a3,2024,3,=,S1,\"x\r\ny\",\"note\non two lines\"\n"
					+ "GZ,a4,2024,4,=,S1,last,\n");

			assertThat(rows).extracting(CsvRow::line).containsExactly(2L, 5L, 6L, 9L);
			assertThat(rows.get(0).get("quote")).isEqualTo("first\nsecond\nthird");
		}

		@Test
		void blankLinesInsideAndAtTheEndAreSkipped() {
			List<CsvRow> rows = readString(HEADER + "\n\nGZ,a1,2024,1,=,S1,q,\n\n,,,,,,,\nGZ,a2,2024,2,=,S1,q,\n\n\r\n\n");

			assertThat(rows).extracting(CsvRow::line).containsExactly(3L, 6L);
		}

		@Test
		void columnsInAnyOrderAndExtraColumnsAreRead() {
			List<CsvRow> rows = readString("note,extra,quote,source,qualifier,value,period,indicator,region\n"
					+ "n,ignored,q,S1,=,1.5,2024,a1,GZ\n");

			assertThat(rows).singleElement().satisfies((row) -> {
				assertThat(row.get("region")).isEqualTo("GZ");
				assertThat(row.get("value")).isEqualTo("1.5");
			});
		}

	}

	@Nested
	class Stops {

		@Test
		void missingFile() {
			assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> read(null))
				.withMessageStartingWith("observations.csv: file not found");
		}

		@Test
		void emptyFile() {
			assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> readString(""))
				.withMessageStartingWith("observations.csv: the file is empty");
		}

		@Test
		void headerOnly() {
			assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> readString(HEADER + "\n\n"))
				.withMessage("observations.csv: the file has a header line but no data rows; at least one row is required");
		}

		@Test
		void missingRequiredColumn() {
			assertThatExceptionOfType(InputFileException.class)
				.isThrownBy(() -> readString(HEADER.replace(",qualifier", "") + "\nGZ,a1,2024,1,S1,q,\n"))
				.withMessageStartingWith("observations.csv:1: missing required column qualifier");
		}

		@Test
		void unterminatedQuoteNamesTheLineItOpensOn() {
			assertThatExceptionOfType(InputFileException.class)
				.isThrownBy(() -> readString(HEADER + "\nGZ,a1,2024,1,=,S1,q,\n\nGZ,a2,2024,2,=,S1,\"never closed,\nGZ,a3\n"))
				.withMessageStartingWith("observations.csv:4: a quoted field opened on this line is never closed");
		}

		@Test
		void gbkBytesNameTheLineAndAskForUtf8() {
			StringBuilder content = new StringBuilder(HEADER + "\n");
			for (int i = 0; i < 500; i++) {
				content.append("GZ,a").append(i).append(",2024,1,=,S1,plain ascii quote number ").append(i).append(",\n");
			}
			content.append("GZ,b1,2024,1,=,S1,贵州投运的智算中心,\n");
			byte[] gbk = content.toString().getBytes(Charset.forName("GBK"));

			assertThatExceptionOfType(InputFileException.class).isThrownBy(() -> read(gbk))
				.withMessageStartingWith("observations.csv:502: bytes that are not valid UTF-8")
				.withMessageContaining("must be saved as UTF-8")
				.withMessageContaining("GBK");
		}

	}

	private List<CsvRow> readString(String content) {
		return read(bytes(content));
	}

	private static byte[] bytes(String content) {
		return content.getBytes(StandardCharsets.UTF_8);
	}

	private List<CsvRow> read(byte[] content) {
		try {
			if (content != null) {
				Files.write(this.input.resolve("observations.csv"), content);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		CsvRowReader reader = new CsvRowReader(InputFileSpec.OBSERVATIONS, this.input);
		List<CsvRow> rows = new ArrayList<>();
		reader.open(new ExecutionContext());
		try {
			for (CsvRow row = reader.read(); row != null; row = reader.read()) {
				rows.add(row);
			}
		}
		finally {
			reader.close();
		}
		return rows;
	}

}
