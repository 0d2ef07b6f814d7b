package org.policybriefs.ingest;

import java.util.Collection;
import java.util.List;

/**
 * Names items in a message line without letting it grow with the input: at most ten, then
 * "… and N more", so that a thousand regions make one readable line, not seven thousand characters.
 */
public final class Listing {

	static final int NAMED = 10;

	private Listing() {
	}

	public static String atMostTen(Collection<String> items) {
		List<String> all = List.copyOf(items);
		if (all.size() <= NAMED) {
			return String.join(", ", all);
		}
		return String.join(", ", all.subList(0, NAMED)) + " … and " + (all.size() - NAMED) + " more";
	}

}
