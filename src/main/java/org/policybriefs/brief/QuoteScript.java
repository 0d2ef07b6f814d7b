package org.policybriefs.brief;

import java.util.Locale;

/**
 * How a source's quote is shown to a reader of a language: the original characters by default;
 * a Chinese brief may show a Traditional-character quote in Simplified characters.
 */
@FunctionalInterface
public interface QuoteScript {

	/** The quotes as the source wrote them. */
	QuoteScript ORIGINAL = (quote, locale) -> quote;

	String forReader(String quote, Locale locale);

}
