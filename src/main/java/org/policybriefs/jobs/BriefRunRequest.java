package org.policybriefs.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a caller asks for: briefs for an as-of date from an input folder into an output folder.
 * The command line, and later the scheduler and the web API, all build one of these.
 * {@code briefs} holds {@code comparative}, {@code regions}, {@code region:CODE} or {@code all};
 * it is expanded against the run's regions after ingest. {@code keepXhtml} also publishes the
 * intermediate XHTML, its CSS and chart images in {@code xhtml/}.
 */
public record BriefRunRequest(LocalDate asOf, Path input, Path output, List<String> briefs, List<String> locales,
		boolean keepXhtml) {

	public static final List<String> DEFAULT_BRIEFS = List.of("all");

	public static final List<String> ALL_LOCALES = List.of("en", "zh-CN");

	public static final List<String> DEFAULT_LOCALES = ALL_LOCALES;

	private static final Pattern BRIEF = Pattern.compile("all|comparative|regions|region[:-][A-Z][A-Z0-9]{1,15}");

	public BriefRunRequest {
		briefs = List.copyOf(briefs);
		locales = List.copyOf(locales);
		for (String brief : briefs) {
			if (!BRIEF.matcher(brief).matches()) {
				throw new IllegalArgumentException(
						"unknown brief '" + brief + "': use comparative, regions, region:CODE or all");
			}
		}
		for (String locale : locales) {
			if (!ALL_LOCALES.contains(locale)) {
				throw new IllegalArgumentException("unknown locale '" + locale + "': use en, zh-CN or all");
			}
		}
	}

	public BriefRunRequest(LocalDate asOf, Path input, Path output, List<String> briefs, List<String> locales) {
		this(asOf, input, output, briefs, locales, false);
	}

}
