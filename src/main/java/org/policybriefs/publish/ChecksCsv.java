package org.policybriefs.publish;

import java.io.OutputStream;
import java.util.List;

import org.policybriefs.evidence.CheckResult;
import org.policybriefs.files.CsvWriter;

/**
 * Writes {@code checks.csv} beside indicators.csv: one row per check of evidence.yml the run ran,
 * {@code check,kind,region,period,status,figures,arithmetic}, where {@code figures} names each
 * figure compared with its role, value, source and {@code observations.csv:LINE}.
 */
final class ChecksCsv {

	static final String FILE = "checks.csv";

	private static final List<String> HEADER = List.of("check", "kind", "region", "period", "status", "figures",
			"arithmetic");

	private ChecksCsv() {
	}

	static void write(List<CheckResult> results, OutputStream out) {
		CsvWriter csv = CsvWriter.to(out, HEADER);
		for (CheckResult result : results) {
			csv.row(result.checkId(), result.kind(), result.region(), result.period(),
					result.passed() ? "passed" : "failed",
					String.join("; ", result.figures().stream().map((c) -> c.role() + " " + c.figure().describe()).toList()),
					result.arithmetic());
		}
		csv.flush();
	}

}
