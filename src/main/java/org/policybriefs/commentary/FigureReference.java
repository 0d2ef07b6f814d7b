package org.policybriefs.commentary;

import java.util.regex.Pattern;

/**
 * A figure named in commentary, {@code {{GZ compute_capacity}}}, {@code {{GZ compute_capacity 2024}}}
 * or {@code {{GZ compute_capacity 2024 S1}}}: a region, an indicator, optionally a period and a
 * source. Without a period it is the figure's latest period; without a source, its preferred value.
 *
 * @param period empty for the latest period
 * @param source empty for the preferred value
 * @param line the line of the commentary file it is written on
 */
public record FigureReference(String region, String indicator, String period, String source, int line) {

	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");

	/**
	 * Reads what is between the braces.
	 *
	 * @throws CommentaryException naming the file and line when it is not 2 to 4 codes
	 */
	static FigureReference parse(String inside, String where, int line) {
		String[] parts = inside.strip().split("\\s+");
		if (inside.isBlank() || parts.length < 2 || parts.length > 4) {
			throw new CommentaryException(where, line, "the figure reference {{" + inside + "}} is not"
					+ " {{REGION INDICATOR}}, {{REGION INDICATOR PERIOD}} or {{REGION INDICATOR PERIOD SOURCE}}");
		}
		for (String part : parts) {
			if (!CODE.matcher(part).matches()) {
				throw new CommentaryException(where, line, "the figure reference {{" + inside + "}} has '" + part
						+ "', which is not a code of regions.csv, indicators.csv, a period or a source id");
			}
		}
		return new FigureReference(parts[0], parts[1], (parts.length > 2) ? parts[2] : "",
				(parts.length > 3) ? parts[3] : "", line);
	}

	/** The figure as written, without braces: "GZ compute_capacity 2024". */
	public String label() {
		return String.join(" ", this.region, this.indicator, this.period, this.source).strip().replaceAll("\\s+", " ");
	}

}
