package org.policybriefs.ingest;

import java.util.Map;

/**
 * A region compared in the briefs, with its strategy and any descriptive columns the file carries.
 */
public record Region(String code, String nameEn, String nameZh, String strategy, String strategyEn,
		String strategyZh, Map<String, String> attributes, long line) {
}
