package org.policybriefs.editions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How a run reads the edition before it ({@code briefs.editions.*}).
 *
 * @param maxBytes the largest {@code indicators.csv} of a previous edition that is read; a larger one is refused
 * @param maxRows the most rows of a previous edition's {@code indicators.csv} that are read
 * @param since the as-of date of the edition to compare with instead of the latest earlier one
 * ({@code run --since=YYYY-MM-DD}), or null
 * @param newSeries whether the run compares with no earlier edition at all and starts a new
 * series ({@code run --new-series})
 */
@ConfigurationProperties("briefs.editions")
public record EditionsProperties(@DefaultValue("256MB") DataSize maxBytes, @DefaultValue("2000000") long maxRows,
		String since, boolean newSeries) {

	/** The limits when no application context gives them: the {@code changes} command. */
	public static final EditionsProperties DEFAULTS = new EditionsProperties(DataSize.ofMegabytes(256), 2_000_000, null,
			false);

	public EditionsProperties {
		if (maxRows < 1 || maxBytes == null || maxBytes.toBytes() < 1) {
			throw new IllegalArgumentException("briefs.editions.max-rows and max-bytes must be 1 or more");
		}
		if (since != null && !since.isBlank()) {
			try {
				LocalDate.parse(since);
			}
			catch (DateTimeParseException ex) {
				throw new IllegalArgumentException("--since must be a date written YYYY-MM-DD, not '" + since + "'");
			}
		}
		else {
			since = null;
		}
		if (since != null && newSeries) {
			throw new IllegalArgumentException("--since and --new-series exclude each other: compare with one"
					+ " edition, or with none");
		}
	}

	/** The edition to compare with, when the run names one. */
	public LocalDate sinceDate() {
		return (this.since != null) ? LocalDate.parse(this.since) : null;
	}

}
