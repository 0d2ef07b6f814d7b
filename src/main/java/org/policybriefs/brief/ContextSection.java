package org.policybriefs.brief;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.ingest.Region;

import org.springframework.stereotype.Component;

/**
 * The national context: the figures of the areas above the regions (level context in regions.csv,
 * such as the country) over the periods the sources give, each with its source, and each region's
 * figure of the same indicator set against the national value of its period, with what the
 * region's figure covers. Context is never ranked against the regions. Left out when the data has
 * no context area.
 */
public record ContextSection(String id, String title, String lead, List<Panel> panels) implements Section {

	/** One indicator of one context area: its values over the periods, and the regions' figures against it. */
	public record Panel(String heading, List<Row> rows, List<String> regions) {
	}

	/** A value of the context area: its period, quantity and source, and whether it is the figure's preferred value. */
	public record Row(String period, String quantity, String source, boolean preferred) {
	}

	// shares of a whole mean nothing for a percentage, a ratio or an index
	private static final Set<String> NOT_ADDITIVE = Set.of("%", "ratio", "×", "index");

	@Component
	static final class Builder implements SectionBuilder {

		@Override
		public Optional<Section> build(BriefContext brief) {
			RunEvidence evidence = brief.data().evidence();
			EvidenceWording wording = new EvidenceWording(brief);
			BriefWords words = brief.words();
			List<Panel> panels = new ArrayList<>();
			for (Region area : evidence.contextAreas()) {
				Map<String, List<IndicatorValue>> byIndicator = new LinkedHashMap<>();
				evidence.contextValues()
					.stream()
					.filter((v) -> v.region().equals(area.code()))
					.sorted(Comparator.comparing((IndicatorValue v) -> chronological(v.period())))
					.forEach((v) -> byIndicator.computeIfAbsent(v.indicator(), (k) -> new ArrayList<>()).add(v));
				for (Map.Entry<String, List<IndicatorValue>> entry : byIndicator.entrySet()) {
					List<Row> rows = entry.getValue()
						.stream()
						.map((v) -> new Row(brief.language().sourceDateText(v.period()),
								wording.quantity(v.indicator(), v.value(), v.qualifier()),
								String.join(words.get("list.semicolon"), v.sources().stream().map(wording::source).toList()),
								v.preferred()))
						.toList();
					String heading = words.get("context.heading", brief.language().indicatorName(entry.getKey()),
							brief.chinese() ? area.nameZh() : area.nameEn());
					panels.add(new Panel(heading, rows, againstRegions(brief, wording, entry.getKey(), entry.getValue())));
				}
			}
			if (panels.isEmpty()) {
				return Optional.empty();
			}
			return Optional.of(new ContextSection("context", words.get("section.context"), words.get("context.lead"),
					panels));
		}

		/** Each region's figure of the indicator as a share of the context value of its period (or the latest before). */
		private static List<String> againstRegions(BriefContext brief, EvidenceWording wording, String indicator,
				List<IndicatorValue> context) {
			String unit = brief.indicators().get(indicator).unit();
			if (NOT_ADDITIVE.contains(unit)) {
				return List.of();
			}
			List<String> lines = new ArrayList<>();
			for (Fact fact : brief.facts().all()) {
				if (!fact.indicator().equals(indicator) || !fact.value().hasValue()
						|| (brief.regional() && fact.region() != brief.focus())) {
					continue;
				}
				Optional<IndicatorValue> national = context.stream()
					.filter(IndicatorValue::preferred)
					.filter((v) -> chronological(v.period()).compareTo(chronological(fact.period())) <= 0)
					.max(Comparator.comparing((IndicatorValue v) -> chronological(v.period())));
				if (national.isEmpty() || national.get().value() == 0) {
					continue;
				}
				double share = fact.value().value() / national.get().value() * 100;
				String sign = switch (fact.value().qualifier()) {
					case ">", ">=" -> ">";
					case "<", "<=" -> "<";
					default -> "";
				};
				String shareText = sign + new BigDecimal(share).setScale((share < 10) ? 1 : 0, RoundingMode.HALF_UP)
					.toPlainString();
				String scope = fact.wholeRegion() ? words(brief).get("table.wholeRegion", fact.region().name())
						: fact.scope();
				// a period the source dates by month ("2024-06") reads as a month ("June 2024", "2024年6月")
				lines.add(words(brief).get("context.regionShare", fact.region().name(), fact.quantity(),
						brief.language().sourceDateText(fact.period()), shareText,
						wording.quantity(indicator, national.get().value(), national.get().qualifier()),
						brief.language().sourceDateText(national.get().period()), scope));
			}
			return lines;
		}

		/** A year's figure is its end-of-year value: 2024 comes after 2024-06. */
		private static String chronological(String period) {
			return (period.length() == 4) ? period + "-99" : period;
		}

		private static BriefWords words(BriefContext brief) {
			return brief.words();
		}

	}

}
