package org.policybriefs.brief;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policybriefs.brief.BriefViews.RegionView;
import org.policybriefs.ingest.IndicatorDefinition;

import org.springframework.stereotype.Component;

/**
 * The methodology: how figures are read and derived, and each derived indicator the brief states,
 * with its formula in words and as written in the catalog, the regions it is computed for and,
 * said once per reason, why it is not computed for the others. The derived indicators the brief
 * computes for none of its regions are named once, in {@code notComputed}.
 */
public record MethodologySection(String id, String title, List<Derived> derived, String notComputed)
		implements Section {

	/**
	 * A derived indicator.
	 *
	 * @param computed the facts it gives in this brief
	 * @param notComputed why it gives none for the other regions: "Shanghai and Beijing: needs computing capacity"
	 */
	public record Derived(String code, String name, String unit, String formula, String words, String description,
			List<Fact> computed, List<String> notComputed) {
	}

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			List<Derived> derived = new ArrayList<>();
			List<String> none = new ArrayList<>();
			List<RegionView> regions = brief.regional() ? List.of(brief.focus()) : brief.regions();
			BriefLanguage language = brief.language();
			for (IndicatorDefinition indicator : brief.indicators().values()) {
				if (!indicator.isDerived()) {
					continue;
				}
				List<Fact> computed = brief.facts().all()
					.stream()
					.filter((fact) -> fact.indicator().equals(indicator.code()) && regions.contains(fact.region()))
					.toList();
				Map<String, List<String>> reasons = new LinkedHashMap<>();
				for (BriefFacts.Gap gap : brief.facts().gaps()) {
					if (gap.indicator().equals(indicator.code()) && regions.contains(gap.region())) {
						reasons.computeIfAbsent(language.reason(gap.reason()), (k) -> new ArrayList<>())
							.add(gap.region().name());
					}
				}
				List<String> notComputed = reasons.entrySet()
					.stream()
					.map((e) -> brief.words().get("methodology.notComputed", language.names(e.getValue()), e.getKey()))
					.toList();
				if (computed.isEmpty()) {
					none.add(language.indicatorName(indicator.code()));
					continue;
				}
				String unit = indicator.unit().isEmpty() ? "" : language.unitName(indicator.unit());
				derived.add(new Derived(indicator.code(), language.indicatorName(indicator.code()), unit,
						indicator.formula(),
						language.inWords(brief.data().formulas().get(indicator.code())),
						language.description(indicator), computed, notComputed));
			}
			String notComputed = none.isEmpty() ? ""
					: brief.words().get("methodology.noneComputed", language.names(none));
			return Optional.of(new MethodologySection("methodology", brief.words().get("section.methodology"),
					derived, notComputed));
		}

	}

}
