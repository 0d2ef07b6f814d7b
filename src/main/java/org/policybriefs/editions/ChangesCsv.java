package org.policybriefs.editions;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.policybriefs.files.CsvWriter;
import org.policybriefs.indicators.ValueFormatter;

/**
 * Writes {@code changes.csv}: one row per changed value,
 * {@code region,indicator,kind,period,change,old_value,old_qualifier,new_value,new_qualifier,old_sources,new_sources,preferred}:
 * {@code preferred} is false for a change of another source's value of a figure several sources give.
 */
public final class ChangesCsv {

	public static final String FILE = "changes.csv";

	static final String[] HEADER = { "region", "indicator", "kind", "period", "change", "old_value", "old_qualifier",
			"new_value", "new_qualifier", "old_sources", "new_sources", "preferred" };

	private ChangesCsv() {
	}

	public static void write(List<Change> changes, OutputStream out) throws IOException {
		CsvWriter csv = CsvWriter.to(out, List.of(HEADER));
		for (Change change : changes) {
			csv.row(change.region(), change.indicator(), change.kind(), change.period(), change.change().code(),
					number(change.oldValue()), change.oldQualifier(), number(change.newValue()), change.newQualifier(),
					String.join(";", change.oldSources()), String.join(";", change.newSources()),
					Boolean.toString(change.preferred()));
		}
		csv.flush();
	}

	private static String number(Double value) {
		return (value != null) ? ValueFormatter.plain(value) : "";
	}

}
