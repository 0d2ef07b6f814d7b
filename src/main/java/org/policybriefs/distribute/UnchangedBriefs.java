package org.policybriefs.distribute;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policybriefs.editions.EditionChanges;
import org.policybriefs.editions.EditionComparison;
import org.policybriefs.editions.EditionRefusedException;
import org.policybriefs.editions.EditionValue;
import org.policybriefs.editions.Editions;
import org.policybriefs.editions.RunChanges;

/**
 * Whether an analyst's briefs are unchanged since the edition they last received: compared by
 * content with that edition when it is still published, each edition read once per run.
 */
final class UnchangedBriefs {

	private final Editions editions;

	private final LocalDate asOf;

	private final long instance;

	private final RunChanges changes;

	private final Map<LocalDate, EditionChanges> since = new HashMap<>();

	private List<EditionValue> current;

	UnchangedBriefs(Editions editions, LocalDate asOf, long instance, EditionChanges previous, RunChanges changes) {
		this.editions = editions;
		this.asOf = asOf;
		this.instance = instance;
		this.changes = changes;
		if (!previous.isFirstEdition()) {
			this.since.put(previous.from(), previous);
		}
	}

	/** The date of the edition they last received, when nothing in their briefs changed since. */
	Optional<String> since(Optional<String> lastReceived, List<BriefFile> briefs) {
		if (lastReceived.isEmpty()) {
			return Optional.empty();
		}
		LocalDate from = LocalDate.parse(lastReceived.get());
		if (!this.editions.isPublished(from)) {
			return Optional.empty();
		}
		EditionChanges changes;
		try {
			changes = this.since.computeIfAbsent(from, (date) -> {
				if (this.current == null) {
					this.current = this.changes.current(this.instance);
				}
				return EditionComparison.compare(date, this.editions.values(date), this.asOf, this.current);
			});
		}
		catch (EditionRefusedException ex) {
			// what they received can no longer be verified: they get this edition rather than nothing
			return Optional.empty();
		}
		return relevant(changes, briefs).isUnchanged() ? lastReceived : Optional.empty();
	}

	/** The changes relevant to these briefs: all for the comparative brief, else those of their regions. */
	static EditionChanges relevant(EditionChanges changes, List<BriefFile> briefs) {
		Set<String> regionCodes = new LinkedHashSet<>();
		for (BriefFile brief : briefs) {
			if (!brief.briefId().isRegional()) {
				return changes;
			}
			regionCodes.add(brief.briefId().region());
		}
		return changes.forRegions(regionCodes);
	}

}
