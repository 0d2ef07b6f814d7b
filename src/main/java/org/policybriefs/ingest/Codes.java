package org.policybriefs.ingest;

import java.util.regex.Pattern;

/**
 * The shapes of the codes that name regions ({@code GZ}) and indicators ({@code compute_capacity})
 * in the input, in formulas, in brief ids and in file names: the one place they are written.
 */
public final class Codes {

	/** A region code: an upper-case letter, then 1 to 15 upper-case letters or digits. */
	public static final Pattern REGION = Pattern.compile("[A-Z][A-Z0-9]{1,15}");

	/** An indicator code: a lower-case letter, then 1 to 63 lower-case letters, digits or underscores. */
	public static final Pattern INDICATOR = Pattern.compile("[a-z][a-z0-9_]{1,63}");

	private Codes() {
	}

	public static boolean isRegion(String code) {
		return code != null && REGION.matcher(code).matches();
	}

	public static boolean isIndicator(String code) {
		return code != null && INDICATOR.matcher(code).matches();
	}

}
