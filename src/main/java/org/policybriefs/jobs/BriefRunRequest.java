package org.policybriefs.jobs;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a caller asks for: briefs for an as-of date from an input folder into an output folder,
 * delivered to the analysts or not. The command line, the scheduler and the web API all build one.
 */
public record BriefRunRequest(LocalDate asOf, Path input, Path output, List<String> briefs, List<String> locales,
		boolean distribute, Trigger trigger) {

	public static final List<String> DEFAULT_BRIEFS = List.of("comparative");

	public static final List<String> DEFAULT_LOCALES = List.of("en");

	public BriefRunRequest(LocalDate asOf, Path input, Path output, List<String> briefs, List<String> locales) {
		this(asOf, input, output, briefs, locales, true, Trigger.COMMAND_LINE);
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
