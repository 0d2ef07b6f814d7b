package org.policybriefs.brief;

import java.util.List;
import java.util.function.Function;

import org.policybriefs.editions.Change;
import org.policybriefs.indicators.IndicatorValue;
import org.policybriefs.indicators.NumberStyle;
import org.policybriefs.indicators.Qualifier;
import org.policybriefs.indicators.ValueFormatter;
import org.policybriefs.ingest.IndicatorDefinition;

/**
 * One change between editions in words, in one language: "Guizhou, Computing capacity (2024):
 * >2.8 EFLOPS → >3.2 EFLOPS (+14.3%)". The brief's "What changed" section and the mail say
 * changes with it, in the words of {@code changes.*} of the message bundles.
 */
public final class ChangeWording {

	private final BriefWords words;

	private final ValueFormatter format;

	private final Function<String, String> regionNames;

	private final Function<String, IndicatorDefinition> indicators;

	/**
	 * @param regionNames a region's name in the language, by code
	 * @param indicators an indicator of the catalog by code (null when the catalog has no such code)
	 */
	public ChangeWording(BriefWords words, Function<String, String> regionNames,
			Function<String, IndicatorDefinition> indicators) {
		this.words = words;
		// numbers and units as the brief writes them: "≈0.333", "7", "52亿元", not "0.333 ratio"
		UnitWords units = new UnitWords((key) -> words.getOrDefault(key, null));
		this.format = new ValueFormatter(words.chinese() ? new ChineseNumberStyle(words.locale(), units)
				: NumberStyle.of(words.locale()));
		this.regionNames = regionNames;
		this.indicators = indicators;
	}

	public String line(Change change) {
		IndicatorDefinition indicator = this.indicators.apply(change.indicator());
		String name = (indicator == null) ? change.indicator() : this.words.chinese() ? indicator.nameZh() : indicator.nameEn();
		String what = this.words.get("changes.what", this.regionNames.apply(change.region()), name, change.period());
		String derived = IndicatorValue.DERIVED.equals(change.kind()) ? this.words.get("changes.derived") : "";
		if (!change.preferred()) {
			List<String> sources = (change.newSources().isEmpty()) ? change.oldSources() : change.newSources();
			derived += this.words.get("changes.otherSource", String.join(", ", sources));
		}
		ValueFormatter.Shown before = shown(change.oldValue(), change.oldQualifier(), change, indicator);
		ValueFormatter.Shown after = shown(change.newValue(), change.newQualifier(), change, indicator);
		Double relative = relative(change, before, after);
		return switch (change.change()) {
			case ADDED -> this.words.get("changes.added", what, text(after, change, indicator));
			case REMOVED -> this.words.get("changes.removed", what, text(before, change, indicator));
			case REVISED -> this.words.get("changes.revised", what, text(before, change, indicator),
					text(after, change, indicator),
					(relative != null) ? this.words.get("changes.relative", percent(relative)) : "");
			case QUALIFIER -> this.words.get("changes.qualifier", what, text(before, change, indicator),
					text(after, change, indicator));
			case RESTATED -> this.words.get("changes.restated", what, String.join(", ", change.oldSources()),
					String.join(", ", change.newSources()));
		} + derived;
	}

	/**
	 * The relative change a reader can check from the two numbers printed beside it: "16 → 18" is
	 * +12.5 % even when the earlier value was 15.6. From the values themselves when the two are
	 * printed in different units of scale, as the same number, or the earlier as zero.
	 */
	private static Double relative(Change change, ValueFormatter.Shown before, ValueFormatter.Shown after) {
		Double relative = change.relativeChange();
		if (relative == null || before == null || after == null || !before.unit().equals(after.unit())
				|| before.rounded().signum() == 0 || before.rounded().compareTo(after.rounded()) == 0) {
			return relative;
		}
		return after.rounded().subtract(before.rounded()).doubleValue() / before.rounded().abs().doubleValue();
	}

	private ValueFormatter.Shown shown(Double number, String qualifier, Change change, IndicatorDefinition indicator) {
		if (number == null) {
			return null;
		}
		return this.format.value(number, Qualifier.fromSymbol(qualifier).orElse(Qualifier.EXACT),
				(indicator != null) ? indicator.decimals() : 2, change.unit());
	}

	private String text(ValueFormatter.Shown shown, Change change, IndicatorDefinition indicator) {
		if (shown == null) {
			return "";
		}
		String label = this.words.getOrDefault("unit." + shown.unit(), shown.unit());
		String code = (indicator != null) ? indicator.code() : change.indicator();
		for (String key : List.of("quantity." + shown.unit() + "." + code, "quantity." + shown.unit())) {
			if (this.words.has(key)) {
				return shown.sign() + this.words.get(key, shown.number(), label);
			}
		}
		return shown.sign() + UnitWords.join(shown.number(), label);
	}

	/** "+12.5%", "−6.3%", "0%": a change carries its sign, a fall the minus sign (U+2212), not a hyphen. */
	private String percent(double relative) {
		String digits = this.format.number(Math.abs(relative) * 100, 1);
		boolean zero = digits.chars().noneMatch((c) -> c != '0' && Character.isDigit(c));
		String sign = zero ? "" : (relative > 0) ? "+" : "\u2212";
		return sign + digits + "%";
	}

}
