package org.policybriefs.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a caller asks for: briefs for an as-of date from an input folder into an output folder.
 * The command line, and later the scheduler and the web API, all build one of these.
 * {@code strict} fails the run on any rejected row; otherwise {@code maxRejects} caps them
 * ({@link #NO_REJECT_LIMIT} for no cap).
 */
public record BriefRunRequest(LocalDate asOf, Path input, Path output, List<String> briefs, List<String> locales,
		boolean strict, long maxRejects) {

	public static final List<String> DEFAULT_BRIEFS = List.of("comparative");

	public static final List<String> DEFAULT_LOCALES = List.of("en");

	public static final long NO_REJECT_LIMIT = -1;

	/** A request that publishes whatever loads, with any number of rejected rows. */
	public BriefRunRequest(LocalDate asOf, Path input, Path output, List<String> briefs, List<String> locales) {
		this(asOf, input, output, briefs, locales, false, NO_REJECT_LIMIT);
	}

}
