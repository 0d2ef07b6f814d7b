package org.policybriefs.web;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.policybriefs.ingest.CsvRow;
import org.policybriefs.ingest.CsvRowReader;
import org.policybriefs.ingest.InputFileSpec;
import org.policybriefs.ingest.Listing;

import org.policybriefs.jobs.BriefRunRequest;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;
import org.policybriefs.jobs.ServeProperties;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.stereotype.Component;

/**
 * Turns what a page or an API caller asked for into a run request and starts it through
 * {@link BriefRuns}, in the background.
 */
@Component
class RunLauncher {

	private static final String REGIONAL = "region:";

	private final BriefRuns runs;

	private final ServeProperties folders;

	RunLauncher(BriefRuns runs, ServeProperties folders) {
		this.runs = runs;
		this.folders = folders;
	}

	RunOutcome start(String asOf, List<String> briefs, List<String> locales, boolean distribute) {
		BriefRunRequest request;
		try {
			request = new BriefRunRequest(date(asOf), this.folders.input(), this.folders.output(),
					names(briefs, BriefRunRequest.DEFAULT_BRIEFS), names(locales, BriefRunRequest.DEFAULT_LOCALES),
					distribute, BriefRunRequest.Trigger.ON_DEMAND);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRunRequest(ex.getMessage());
		}
		checkRegions(request.briefs());
		return this.runs.start(request);
	}

	private static LocalDate date(String asOf) {
		if (asOf == null || asOf.isBlank()) {
			throw new InvalidRunRequest("asOf is required, written YYYY-MM-DD");
		}
		try {
			return BriefRunRequest.asOf(asOf.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidRunRequest("asOf: " + ex.getMessage() + ", not '" + asOf + "'");
		}
	}

	/** A regional brief names a region of the input's regions.csv, as a run would find after reading it. */
	private void checkRegions(List<String> briefs) {
		List<String> asked = briefs.stream()
			.filter((brief) -> brief.startsWith(REGIONAL))
			.map((brief) -> brief.substring(REGIONAL.length()))
			.toList();
		if (asked.isEmpty()) {
			return;
		}
		Set<String> known = regionCodes();
		for (String region : asked) {
			if (!known.contains(region)) {
				throw new InvalidRunRequest("unknown region '" + region + "' in " + REGIONAL + region + "; "
						+ InputFileSpec.REGIONS.fileName() + " has " + Listing.atMostTen(known));
			}
		}
	}

	private Set<String> regionCodes() {
		Set<String> codes = new LinkedHashSet<>();
		CsvRowReader reader = new CsvRowReader(InputFileSpec.REGIONS, this.folders.input());
		try {
			reader.open(new ExecutionContext());
			for (CsvRow row = reader.read(); row != null; row = reader.read()) {
				codes.add(row.get("code"));
			}
		}
		catch (RuntimeException ex) {
			// the run says what is wrong with the file, with its line
			return Set.copyOf(codes);
		}
		finally {
			reader.close();
		}
		return codes;
	}

	/** The names given, or the defaults when none is; the request checks each name. */
	private static List<String> names(List<String> given, List<String> defaults) {
		List<String> names = (given == null) ? List.of()
				: given.stream().filter((name) -> name != null && !name.isBlank()).map(String::strip).distinct().toList();
		return names.isEmpty() ? defaults : names;
	}

	/**
	 * A request to start a run that cannot be understood. The message repeats what was sent, so a
	 * long one is shortened in the middle: the start of the value and the advice after it stay.
	 */
	static class InvalidRunRequest extends RuntimeException {

		static final int LONGEST = 300;

		InvalidRunRequest(String message) {
			super(shortened(message));
		}

		static String shortened(String message) {
			return (message.length() <= LONGEST) ? message
					: message.substring(0, 200) + "… (" + (message.length() - 280) + " characters left out) …"
							+ message.substring(message.length() - 80);
		}

	}

}
