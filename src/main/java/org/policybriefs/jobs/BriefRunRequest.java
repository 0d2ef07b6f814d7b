package org.policybriefs.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.policybriefs.brief.BriefSelection;

/**
 * What a caller asks for: briefs for an as-of date from an input folder into an output folder,
 * delivered to the analysts or not. The command line, the scheduler and the web API all build one.
 * {@code briefs} holds {@code comparative}, {@code regions}, {@code region:CODE} or {@code all};
 * it is expanded against the run's regions after ingest. {@code keepXhtml} also publishes the
 * intermediate XHTML, its CSS and chart images in {@code xhtml/}. {@code strict} fails the run on
 * any rejected row; otherwise {@code maxRejects} caps them ({@link #NO_REJECT_LIMIT} for no cap).
 */
public record BriefRunRequest(LocalDate asOf, Path input, Path output, List<String> briefs, List<String> locales,
		boolean keepXhtml, boolean strict, long maxRejects, boolean distribute, Trigger trigger) {

	// The defaults of every door (command line, web form, API, schedule), decided here: every brief,
	// in every locale, delivered to the analysts. The form shows them filled in; the API and the
	// command line take them for what a request leaves out; the schedule runs them.

	/** Every brief: the comparative one and each regional one. */
	public static final List<String> DEFAULT_BRIEFS = List.of("all");

	public static final List<String> ALL_LOCALES = List.of("en", "zh-CN");

	/** Every locale. */
	public static final List<String> DEFAULT_LOCALES = ALL_LOCALES;

	/** Delivered to the analysts. */
	public static final boolean DEFAULT_DISTRIBUTE = true;

	/** Any number of rejected rows: the run publishes whatever loads. */
	public static final long NO_REJECT_LIMIT = Long.MAX_VALUE;

	public BriefRunRequest {
		briefs = List.copyOf(briefs);
		locales = locales.contains("all") ? ALL_LOCALES : List.copyOf(locales);
		BriefSelection.check(briefs);
		for (String locale : locales) {
			if (!ALL_LOCALES.contains(locale)) {
				throw new IllegalArgumentException("unknown locale '" + locale + "': use en, zh-CN or all");
			}
		}
	}

	/** A request from the web or the schedule: no XHTML kept, any number of rejected rows. */
	public BriefRunRequest(LocalDate asOf, Path input, Path output, List<String> briefs, List<String> locales,
			boolean distribute, Trigger trigger) {
		this(asOf, input, output, briefs, locales, false, false, NO_REJECT_LIMIT, distribute, trigger);
	}

	/** Who asked for a run; kept with the run as a non-identifying job parameter. */
	public enum Trigger {

		SCHEDULE("schedule"), ON_DEMAND("on demand"), COMMAND_LINE("command line");

		private final String label;

		Trigger(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		public static String label(String name) {
			for (Trigger trigger : values()) {
				if (trigger.name().equals(name)) {
					return trigger.label;
				}
			}
			return (name != null) ? name : "";
		}

	}

}
