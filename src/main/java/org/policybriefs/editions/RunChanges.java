package org.policybriefs.editions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.IndicatorValues;
import org.policybriefs.ingest.IngestedData;

import org.springframework.stereotype.Component;

/**
 * What a run changes against the edition before it: the run's values, read from the database,
 * compared with the previous published edition's {@code indicators.csv} in the same output folder.
 * The render step (the brief's "What changed" section), publish ({@code changes.csv}) and delivery
 * (the mail) all ask here, so they agree.
 */
@Component
public class RunChanges {

	private final IndicatorValues values;

	private final IngestedData ingested;

	private final EditionsProperties properties;

	RunChanges(IndicatorValues values, IngestedData ingested, EditionsProperties properties) {
		this.values = values;
		this.ingested = ingested;
		this.properties = properties;
	}

	/** The editions of an output folder, read within the configured limits. */
	public Editions editions(Path output) {
		return new Editions(output, this.properties);
	}

	/**
	 * The changes of this run since the previous edition: the latest earlier one, or the one
	 * {@code --since} names; a first edition when there is none or with {@code --new-series}.
	 *
	 * @throws EditionRefusedException when the previous edition fails its verification: the run
	 * stops rather than publish a comparison with files that are not what was published
	 */
	public EditionChanges since(Path output, LocalDate asOf, long instance) {
		Editions editions = editions(output);
		if (this.properties.newSeries()) {
			return EditionChanges.firstEdition(asOf);
		}
		LocalDate since = this.properties.sinceDate();
		if (since != null && (!since.isBefore(asOf) || !editions.isPublished(since))) {
			throw new IllegalStateException("--since=" + since + " is not a published edition before " + asOf + " in "
					+ output + "; published: " + listed(editions.published()));
		}
		Optional<LocalDate> previous = (since != null) ? Optional.of(since) : editions.previous(asOf);
		if (previous.isEmpty()) {
			return EditionChanges.firstEdition(asOf);
		}
		try {
			return since(editions, previous.get(), asOf, instance);
		}
		catch (EditionRefusedException ex) {
			List<LocalDate> others = editions.published()
				.stream()
				.filter((date) -> date.isBefore(previous.get()))
				.toList();
			throw ex.advise("the edition of " + previous.get() + " cannot be compared with and nothing was published."
					+ " Compare against the last good edition with run --as-of=" + asOf + " --since=YYYY-MM-DD"
					+ " (earlier editions: " + listed(others) + "), or start a new series with run --as-of=" + asOf
					+ " --new-series");
		}
	}

	/** At most ten dates, newest first, then how many more. */
	private static String listed(List<LocalDate> dates) {
		if (dates.isEmpty()) {
			return "none";
		}
		List<String> newest = dates.stream().sorted(Comparator.reverseOrder()).limit(10).map(LocalDate::toString).toList();
		return String.join(", ", newest) + ((dates.size() > 10) ? " … and " + (dates.size() - 10) + " more" : "");
	}

	/** The changes of this run since a given published edition. */
	public EditionChanges since(Editions editions, LocalDate from, LocalDate asOf, long instance) {
		return EditionComparison.compare(from, editions.values(from), asOf, current(instance));
	}

	/** The run's values as an edition holds them: only those that have a value, with their units. */
	public List<EditionValue> current(long instance) {
		Map<String, String> units = new HashMap<>();
		this.ingested.indicators(instance).forEach((indicator) -> units.put(indicator.code(), indicator.unit()));
		List<EditionValue> current = new ArrayList<>();
		this.values.forEach(instance, (value) -> {
			// every source's value: an edition compares each with the same source's value in the other
			if (value.hasValue()) {
				current.add(of(value, units.get(value.indicator())));
			}
		});
		return current;
	}

	static EditionValue of(IndicatorValue value, String unit) {
		return new EditionValue(value.region(), value.indicator(), value.period(), value.kind(), value.value(),
				value.qualifier(), unit, value.scope().en(), value.sources(), value.inputs(), value.preferred());
	}

}
