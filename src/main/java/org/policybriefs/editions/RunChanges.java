package org.policybriefs.editions;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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

	RunChanges(IndicatorValues values, IngestedData ingested) {
		this.values = values;
		this.ingested = ingested;
	}

	/** The changes of this run since the previous edition; a first edition when there is none. */
	public EditionChanges since(Path output, LocalDate asOf, long instance) {
		Editions editions = new Editions(output);
		Optional<LocalDate> previous = editions.previous(asOf);
		if (previous.isEmpty()) {
			return EditionChanges.firstEdition(asOf);
		}
		return since(editions, previous.get(), asOf, instance);
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
			// a figure compares by its preferred value; another source's value of it is evidence, not a value of its own
			if (value.hasValue() && value.preferred()) {
				current.add(of(value, units.get(value.indicator())));
			}
		});
		return current;
	}

	static EditionValue of(IndicatorValue value, String unit) {
		return new EditionValue(value.region(), value.indicator(), value.period(), value.kind(), value.value(),
				value.qualifier(), unit, value.scope().en(), value.sources(), value.inputs());
	}

}
