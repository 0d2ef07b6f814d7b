package org.policybriefs.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policybriefs.brief.BriefViews.RegionView;
import org.policybriefs.indicators.Formula;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.MissingReason;
import org.policybriefs.indicators.Reference;
import org.policybriefs.ingest.IndicatorDefinition;
import org.policybriefs.ingest.Region;

/**
 * Every figure one brief states, as {@link Fact}s numbered in the order of the evidence annex,
 * and the derived values it could not state. In a regional brief the facts are its region's own
 * and the other regions' figures that are comparable with one of them.
 */
final class BriefFacts {

	private final RunData data;

	private final List<RegionView> regions;

	private final Map<String, IndicatorDefinition> indicators;

	private final Map<String, Integer> sourceNumbers;

	private final BriefLanguage language;

	private final FactWording wording;

	private final List<Fact> facts = new ArrayList<>();

	private final Map<String, Fact> factsByKey = new HashMap<>();

	private final List<Gap> gaps = new ArrayList<>();

	private final Map<String, List<Fact>> comparable = new LinkedHashMap<>();

	/**
	 * @param indicators the catalog's indicators by code, in catalog order
	 * @param regions the regions the brief compares, a regional brief's own first
	 * @param focus the region of a regional brief; null in the comparative brief
	 * @param sourceNumbers each source's number in the brief, by source id
	 */
	BriefFacts(RunData data, Map<String, IndicatorDefinition> indicators, List<RegionView> regions, RegionView focus,
			Map<String, Integer> sourceNumbers, BriefLanguage language) {
		this.data = data;
		this.regions = regions;
		this.indicators = indicators;
		this.sourceNumbers = sourceNumbers;
		this.language = language;
		this.wording = new FactWording(data, indicators, regions, sourceNumbers, language);
		Map<String, List<IndicatorValue>> byIndicator = new LinkedHashMap<>();
		for (IndicatorDefinition indicator : indicators.values()) {
			List<IndicatorValue> present = new ArrayList<>();
			for (RegionView region : regions) {
				IndicatorValue value = data.latest().get(RunData.key(region.code(), indicator.code()));
				if (value == null) {
					continue;
				}
				if (value.hasValue()) {
					present.add(value);
				}
				else if (value.missing() != null) {
					this.gaps.add(new Gap(region, indicator.code(), value.missing()));
				}
			}
			byIndicator.put(indicator.code(), present);
		}
		// the values the brief states: all of them, or a regional brief's own and those comparable with one of its own
		List<IndicatorValue> stated = new ArrayList<>();
		for (RegionView region : regions) {
			for (List<IndicatorValue> present : byIndicator.values()) {
				IndicatorValue own = present.stream()
					.filter((value) -> value.region().equals(region.code()))
					.findFirst()
					.orElse(null);
				if (own == null) {
					continue;
				}
				if (focus == null || region == focus) {
					stated.add(own);
					continue;
				}
				IndicatorValue focusValue = present.stream()
					.filter((value) -> value.region().equals(focus.code()))
					.findFirst()
					.orElse(null);
				if (focusValue != null && own.comparableWith(focusValue)) {
					stated.add(own);
				}
			}
		}
		for (IndicatorValue value : stated) {
			Fact fact = this.wording.fact("E" + (this.facts.size() + 1), value);
			this.facts.add(fact);
			this.factsByKey.put(RunData.key(value.region(), value.indicator()), fact);
		}
		for (IndicatorDefinition indicator : indicators.values()) {
			List<Fact> row = new ArrayList<>();
			for (RegionView region : regions) {
				find(region.code(), indicator.code()).ifPresent(row::add);
			}
			List<Fact> alike = row.stream().filter((fact) -> !row.isEmpty() && fact.comparableWith(row.get(0))).toList();
			boolean withFocus = focus == null || alike.stream().anyMatch((fact) -> fact.region() == focus);
			if (alike.size() >= 2 && withFocus) {
				this.comparable.put(indicator.code(), alike);
			}
		}
	}

	/** Every fact the brief states, in the order of the evidence annex. */
	List<Fact> all() {
		return this.facts;
	}

	/** A region's facts in catalog order. */
	List<Fact> of(RegionView region) {
		return this.facts.stream().filter((fact) -> fact.region() == region).toList();
	}

	/** The fact of a region's indicator, where the brief states one. */
	Optional<Fact> find(String region, String indicator) {
		return Optional.ofNullable(this.factsByKey.get(RunData.key(region, indicator)));
	}

	/**
	 * The indicators that two or more regions report in comparable scope (in a regional brief:
	 * its own region among them), with those regions' facts in the brief's region order.
	 */
	Map<String, List<Fact>> comparable() {
		return this.comparable;
	}

	/**
	 * A value as the brief words it wherever it is named, as commentary does: the fact the brief
	 * states (with its evidence reference) when it is that value; another source's value of that
	 * figure, worded alike, with the reference of the figure's row (which lists it); otherwise the
	 * value worded alike without a reference (another period, a region the brief does not compare).
	 */
	Fact worded(IndicatorValue value) {
		Optional<Fact> stated = find(value.region(), value.indicator());
		if (stated.isPresent() && stated.get().value().equals(value)) {
			return stated.get();
		}
		if (this.regions.stream().anyMatch((region) -> region.code().equals(value.region()))) {
			// another source's value of a figure the brief states links to that figure's row, which lists it
			String id = stated.filter((fact) -> fact.value().period().equals(value.period())).map(Fact::id).orElse("");
			return this.wording.fact(id, value);
		}
		List<RegionView> all = new ArrayList<>();
		boolean chinese = this.language.words().chinese();
		for (Region region : this.data.regions()) {
			all.add(RegionView.of(region, all.size(), BriefContext.PALETTE.get(all.size() % BriefContext.PALETTE.size()), chinese));
		}
		for (Region area : this.data.evidence().contextAreas()) {
			all.add(RegionView.of(area, all.size(), "#000000", chinese));
		}
		return new FactWording(this.data, this.indicators, all, this.sourceNumbers, this.language).fact("", value);
	}

	/** Derived values the brief could not state, each with the reason the formula engine gave. */
	List<Gap> gaps() {
		return this.gaps;
	}

	/** The facts a derived fact was computed from, where the brief states them. */
	List<Fact> inputs(Fact fact) {
		if (!fact.derived()) {
			return List.of();
		}
		Formula formula = this.data.formulas().get(fact.indicator());
		List<Fact> inputs = new ArrayList<>();
		for (Reference reference : formula.references()) {
			String region = (reference.region() != null) ? reference.region() : fact.region().code();
			find(region, reference.indicator()).map((stated) -> asUsed(fact, stated)).ifPresent(inputs::add);
		}
		return inputs;
	}

	/**
	 * The input as the derived value used it: the stated fact, or, when the value was computed from
	 * another source's values (one source giving every input), that source's value of the figure,
	 * with the stated fact's reference.
	 */
	private Fact asUsed(Fact derived, Fact stated) {
		List<String> sources = derived.value().sources();
		if (sources.isEmpty() || stated.value().sources().stream().anyMatch(sources::contains)) {
			return stated;
		}
		return this.data.evidence()
			.othersOf(stated.value().region(), stated.indicator(), stated.period())
			.stream()
			.filter((other) -> sources.containsAll(other.sources()))
			.findFirst()
			.map(this::worded)
			.orElse(stated);
	}

	/**
	 * The inputs of a derived fact that this brief does not state (another region's figures in a
	 * regional brief), each as "Guizhou: special electricity tariff 0.35 CNY/kWh", so that the
	 * reader still sees what it was computed from.
	 */
	List<String> inputsStatedElsewhere(Fact fact) {
		if (!fact.derived() || fact.value().benchmark()) {
			return List.of();
		}
		List<String> elsewhere = new ArrayList<>();
		for (Reference reference : this.data.formulas().get(fact.indicator()).references()) {
			String region = (reference.region() != null) ? reference.region() : fact.region().code();
			IndicatorValue value = this.data.latest().get(RunData.key(region, reference.indicator()));
			if (find(region, reference.indicator()).isPresent() || value == null || !value.hasValue()
					|| this.regions.stream().noneMatch((view) -> view.code().equals(region))) {
				continue;
			}
			Fact input = this.wording.fact("", value);
			elsewhere.add(this.language.words()
				.get("annex.inputElsewhere", this.language.regionName(region), input.name(), input.quantity()));
		}
		return elsewhere;
	}

	/**
	 * A derived value the engine could not compute for a region.
	 *
	 * @param region the region it would describe
	 * @param indicator the derived indicator's code
	 * @param reason why, as data
	 */
	record Gap(RegionView region, String indicator, MissingReason reason) {
	}

}
