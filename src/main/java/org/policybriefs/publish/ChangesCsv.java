package org.policybriefs.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.policybriefs.editions.Change;
import org.policybriefs.indicators.ValueFormatter;

/**
 * Writes {@code changes.csv}: one row per changed value,
 * {@code region,indicator,kind,period,change,old_value,old_qualifier,new_value,new_qualifier,old_sources,new_sources}.
 */
public final class ChangesCsv {

	public static final String FILE = "changes.csv";

	static final String[] HEADER = { "region", "indicator", "kind", "period", "change", "old_value", "old_qualifier",
			"new_value", "new_qualifier", "old_sources", "new_sources" };

	private ChangesCsv() {
	}

	public static void write(List<Change> changes, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer,
				CSVFormat.RFC4180.builder().setHeader(HEADER).setRecordSeparator('\n').get());
		for (Change change : changes) {
			csv.printRecord(text(change.region()), text(change.indicator()), change.kind(), text(change.period()),
					change.change().code(), number(change.oldValue()), change.oldQualifier(), number(change.newValue()),
					change.newQualifier(), text(String.join(";", change.oldSources())),
					text(String.join(";", change.newSources())));
		}
		csv.flush();
	}

	private static String number(Double value) {
		return (value != null) ? ValueFormatter.plain(value) : "";
	}

	private static String text(String value) {
		return CsvCells.text(value);
	}

}
