package org.policybriefs.ingest;

import java.util.Map;

/**
 * A publication that observations cite, of a kind ({@code official-statistics}, {@code state-media},
 * {@code self-media} …: the kinds and their order are declared in the input's evidence.yml, not
 * here), with optional columns such as its title in Chinese.
 */
public record Source(String id, String title, String publisher, String published, String url, String kind,
		Map<String, String> attributes, long line) {

	public Source {
		kind = (kind != null) ? kind : "";
	}

}
