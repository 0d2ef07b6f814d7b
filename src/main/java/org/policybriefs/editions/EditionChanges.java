package org.policybriefs.editions;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What changed from one edition to the next: every changed value, and the regions and
 * indicators that appeared or disappeared. {@code from} is null for a first edition, which has
 * nothing to compare with.
 */
public record EditionChanges(LocalDate from, LocalDate to, List<Change> changes, List<String> addedRegions,
		List<String> removedRegions, List<String> addedIndicators, List<String> removedIndicators) {

	public EditionChanges {
		changes = List.copyOf(changes);
		addedRegions = List.copyOf(addedRegions);
		removedRegions = List.copyOf(removedRegions);
		addedIndicators = List.copyOf(addedIndicators);
		removedIndicators = List.copyOf(removedIndicators);
	}

	/** A first edition: nothing before it. */
	public static EditionChanges firstEdition(LocalDate to) {
		return new EditionChanges(null, to, List.of(), List.of(), List.of(), List.of(), List.of());
	}

	public boolean isFirstEdition() {
		return this.from == null;
	}

	public boolean isUnchanged() {
		return this.changes.isEmpty() && this.addedRegions.isEmpty() && this.removedRegions.isEmpty()
				&& this.addedIndicators.isEmpty() && this.removedIndicators.isEmpty();
	}

	/**
	 * The changes a brief about these regions shows (null: every region, the comparative brief),
	 * with the regions and indicators that appeared or disappeared.
	 */
	public EditionChanges forRegions(Set<String> regions) {
		if (regions == null) {
			return this;
		}
		return new EditionChanges(this.from, this.to,
				this.changes.stream().filter((change) -> regions.contains(change.region())).toList(),
				this.addedRegions.stream().filter(regions::contains).toList(),
				this.removedRegions.stream().filter(regions::contains).toList(), this.addedIndicators,
				this.removedIndicators);
	}

	/** The largest changes first (see {@link Change#magnitude()}), at most {@code limit}. */
	public List<Change> largest(int limit) {
		return this.changes.stream()
			.filter((change) -> change.change() != Change.Type.RESTATED || this.changes.size() <= limit)
			.sorted(Comparator.comparingDouble(Change::magnitude).reversed()
				.thenComparing(Change::region)
				.thenComparing(Change::indicator))
			.limit(limit)
			.toList();
	}

}
