package org.policybriefs.brief;

import org.policybriefs.indicators.FormulaWords;

/**
 * A formula's words from the brief's message bundle ({@code formula.*}), so a Chinese brief writes
 * 最小值 and 保留2位小数 where an English one writes "minimum of" and "rounded to 2 decimals".
 */
final class MessageFormulaWords implements FormulaWords {

	private final BriefWords words;

	MessageFormulaWords(BriefWords words) {
		this.words = words;
	}

	@Override
	public String minimum(String arguments) {
		return this.words.get("formula.minimum", arguments);
	}

	@Override
	public String maximum(String arguments) {
		return this.words.get("formula.maximum", arguments);
	}

	@Override
	public String absolute(String argument) {
		return this.words.get("formula.absolute", argument);
	}

	@Override
	public String rounded(String argument, String decimals) {
		String key = "formula.rounded." + decimals;
		return this.words.has(key) ? this.words.get(key, argument) : this.words.get("formula.rounded", argument, decimals);
	}

	@Override
	public String regionFigure(String region, String indicator) {
		return this.words.get("formula.regionFigure", region, indicator);
	}

	@Override
	public String separator() {
		return this.words.get("list.comma");
	}

}
