package org.policybriefs.brief;

import org.policybriefs.ingest.Codes;

/**
 * The name of one brief: the comparative brief, or the regional brief of one region. People write
 * a regional brief {@code region:GZ} (command line, analysts.csv, the API); file names, the
 * manifest and the database call it {@code region-GZ}. Both spellings are read.
 *
 * @param region the region a regional brief is about; null for the comparative brief
 */
public record BriefId(String region) {

	public static final BriefId COMPARATIVE = new BriefId(null);

	private static final String COMPARATIVE_NAME = "comparative";

	private static final String REGIONAL_PREFIX = "region-";

	private static final String WRITTEN_PREFIX = "region:";

	public BriefId {
		if (region != null && !Codes.isRegion(region)) {
			throw new IllegalArgumentException("not a region code: '" + region + "'");
		}
	}

	public static BriefId regional(String region) {
		return new BriefId(region);
	}

	/** Reads {@code comparative}, {@code region:CODE} or {@code region-CODE}. */
	public static BriefId parse(String text) {
		String name = text.strip();
		if (COMPARATIVE_NAME.equals(name)) {
			return COMPARATIVE;
		}
		for (String prefix : new String[] { WRITTEN_PREFIX, REGIONAL_PREFIX }) {
			if (name.startsWith(prefix) && Codes.isRegion(name.substring(prefix.length()))) {
				return new BriefId(name.substring(prefix.length()));
			}
		}
		throw new IllegalArgumentException("not a brief: '" + text + "' (write comparative or region:CODE)");
	}

	public boolean isRegional() {
		return this.region != null;
	}

	/** {@code comparative} or {@code region-CODE}: the id in file names, the manifest and the database. */
	@Override
	public String toString() {
		return isRegional() ? REGIONAL_PREFIX + this.region : COMPARATIVE_NAME;
	}

}
