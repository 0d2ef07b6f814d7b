package org.policybriefs.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policybriefs.evidence.CheckResult;

/**
 * Writes {@code checks.csv} beside indicators.csv: one row per check of evidence.yml the run ran,
 * {@code check,kind,region,period,status,figures,arithmetic}, where {@code figures} names each
 * figure compared with its role, value, source and {@code observations.csv:LINE}.
 */
final class ChecksCsv {

	static final String FILE = "checks.csv";

	private ChecksCsv() {
	}

	static void write(List<CheckResult> results, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
			.setHeader("check", "kind", "region", "period", "status", "figures", "arithmetic")
			.setRecordSeparator('\n')
			.get());
		for (CheckResult result : results) {
			csv.printRecord(CsvCells.text(result.checkId()), result.kind(), CsvCells.text(result.region()),
					CsvCells.text(result.period()), result.passed() ? "passed" : "failed",
					CsvCells.text(String.join("; ",
							result.figures().stream().map((c) -> c.role() + " " + c.figure().describe()).toList())),
					CsvCells.text(result.arithmetic()));
		}
		csv.flush();
	}

}
