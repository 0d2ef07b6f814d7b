package org.policybriefs.brief;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * "Where sources disagree": each figure the brief states whose sources give values further apart
 * than the indicator's tolerance, the value the brief states (its preferred source) beside the
 * others. Left out when the sources agree or each figure has one source.
 */
public record DisagreementsSection(String id, String title, String lead, List<Disagreement> disagreements)
		implements Section {

	/**
	 * @param figure what the figure is: indicator, region, period
	 * @param stated the value the brief states, with its source
	 * @param others the other sources' values, each with its source
	 */
	public record Disagreement(String figure, String stated, List<String> others, Fact fact) {
	}

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			EvidenceWording wording = new EvidenceWording(brief);
			BriefWords words = brief.words();
			List<Disagreement> disagreements = brief.facts()
				.all()
				.stream()
				.filter((fact) -> !fact.otherValues().isEmpty())
				.filter((fact) -> !brief.regional() || fact.region() == brief.focus())
				.map((fact) -> new Disagreement(wording.figure(fact.region().code(), fact.indicator(), fact.period()),
						words.get("evidence.otherValue", fact.quantity(), String.join(words.get("list.semicolon"),
								fact.value().sources().stream().map(wording::source).toList())),
						fact.otherValues(), fact))
				.toList();
			if (disagreements.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new DisagreementsSection("disagreements", words.get("section.disagreements"),
					words.get("disagreements.lead"), disagreements));
		}

	}

}
