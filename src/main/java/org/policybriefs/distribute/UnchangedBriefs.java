package org.policybriefs.distribute;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policybriefs.editions.EditionChanges;
import org.policybriefs.editions.EditionComparison;
import org.policybriefs.editions.EditionRefusedException;
import org.policybriefs.editions.EditionValue;
import org.policybriefs.editions.Editions;
import org.policybriefs.editions.RunChanges;

import org.springframework.context.MessageSource;

/**
 * Whether an analyst's briefs are unchanged since the edition they last received: compared by
 * content with that edition when it is still published, each edition read once per run.
 */
final class UnchangedBriefs {

	private final Editions editions;

	private final LocalDate asOf;

	private final long instance;

	private final RunChanges changes;

	private final MessageSource words;

	private final Map<LocalDate, EditionChanges> since = new HashMap<>();

	private List<EditionValue> current;

	UnchangedBriefs(Editions editions, LocalDate asOf, long instance, EditionChanges previous, RunChanges changes,
			MessageSource words) {
		this.editions = editions;
		this.asOf = asOf;
		this.instance = instance;
		this.changes = changes;
		this.words = words;
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
		return new MailChanges(changes, this.words, List.of(), List.of()).relevant(briefs).isUnchanged() ? lastReceived
				: Optional.empty();
	}

}
