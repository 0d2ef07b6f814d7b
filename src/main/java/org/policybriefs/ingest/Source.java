package org.policybriefs.ingest;

import java.util.Map;

/**
 * A publication that observations cite, with optional columns such as its title in Chinese.
 */
public record Source(String id, String title, String publisher, String published, String url,
		Map<String, String> attributes, long line) {
}
