package org.policybriefs.brief;

import java.util.Map;

import org.policybriefs.indicators.ValueFormatter;
import org.policybriefs.ingest.IndicatorDefinition;

/**
 * Figures and sources as the evidence sections name them, in the brief's language: "Share of
 * national compute, Guizhou, 2024: 12%", "Xinhua (state media) [2]".
 */
final class EvidenceWording {

	private final RunData data;

	private final BriefLanguage language;

	private final BriefWords words;

	private final Map<String, Integer> sourceNumbers;

	EvidenceWording(BriefContext brief) {
		this.data = brief.data();
		this.language = brief.language();
		this.words = brief.words();
		this.sourceNumbers = brief.sourceNumbers();
	}

	/** A number with its unit and qualifier, as the figure's indicator prints it. */
	String quantity(String indicator, double value, String qualifier) {
		IndicatorDefinition definition = this.data.indicators()
			.stream()
			.filter((i) -> i.code().equals(indicator))
			.findFirst()
			.orElse(null);
		int decimals = (definition != null) ? definition.decimals() : 1;
		String unit = (definition != null) ? definition.unit() : "";
		ValueFormatter.Shown shown = this.language.format().value(value, qualifier, decimals, unit);
		return shown.sign() + this.language.quantity(shown.number(), shown.unit(), indicator);
	}

	/** "Share of national compute, Guizhou, 2024". */
	String figure(String region, String indicator, String period) {
		return this.words.get("evidence.figure", this.language.indicatorName(indicator),
				this.language.regionName(region), period);
	}

	String source(String id) {
		return FactWording.sourceName(this.data, this.words, this.sourceNumbers, id);
	}

}
