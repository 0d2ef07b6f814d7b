package org.policybriefs.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a caller asks for: briefs for an as-of date from an input folder into an output folder.
 * The command line, and later the scheduler and the web API, all build one of these.
 */
public record BriefRunRequest(LocalDate asOf, Path input, Path output, List<String> briefs, List<String> locales) {

	public static final List<String> DEFAULT_BRIEFS = List.of("comparative");

	public static final List<String> DEFAULT_LOCALES = List.of("en");

}
