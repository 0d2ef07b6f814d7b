package org.policybriefs.ingest;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A publication that observations cite, of a kind (official statistics, press, self-media,
 * company, interview), with optional columns such as its title in Chinese.
 */
public record Source(String id, String title, String publisher, String published, String url, Kind kind,
		Map<String, String> attributes, long line) {

	public Source {
		kind = (kind != null) ? kind : Kind.UNSPECIFIED;
	}

	/** What kind of source it is, as the {@code kind} column of sources.csv says. */
	public enum Kind {

		OFFICIAL_STATISTICS("official-statistics"), PRESS("press"), SELF_MEDIA("self-media"), COMPANY("company"),
		INTERVIEW("interview"), UNSPECIFIED("");

		private final String code;

		Kind(String code) {
			this.code = code;
		}

		/** The word in sources.csv, such as {@code self-media}; empty for an unspecified kind. */
		public String code() {
			return this.code;
		}

		public static Optional<Kind> fromCode(String code) {
			return Arrays.stream(values()).filter((kind) -> kind.code.equals(code)).findFirst();
		}

	}

}
