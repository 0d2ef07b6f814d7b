package org.policybriefs.ingest;

import java.util.Map;

/**
 * A region compared in the briefs, with its strategy and any descriptive columns the file carries.
 */
public record Region(String code, String nameEn, String nameZh, String strategy, String strategyEn,
		String strategyZh, Map<String, String> attributes, long line) {

	/** The {@code level} of a region compared in the briefs (the default). */
	public static final String REGION = "region";

	/**
	 * The {@code level} of an area above the regions (the country): its figures frame and check the
	 * regions' and it is never compared with them, ranked, given a tile or a brief of its own.
	 */
	public static final String CONTEXT = "context";

	public boolean isContext() {
		return CONTEXT.equals(this.attributes.get("level"));
	}

}
