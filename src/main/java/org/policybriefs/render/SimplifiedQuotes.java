package org.policybriefs.render;

import java.util.Locale;

import com.ibm.icu.util.ULocale;
import org.policybriefs.brief.QuoteScript;
import org.policybriefs.pdf.ChineseText;

import org.springframework.stereotype.Component;

/**
 * Quotes in the script of the brief's reader: a brief in Simplified Chinese shows a source's
 * Traditional characters in Simplified ones (ICU's Traditional-Simplified transliterator, see
 * {@link ChineseText#simplified}); the sources note says the original is Traditional. Other
 * briefs show the original characters.
 */
@Component
class SimplifiedQuotes implements QuoteScript {

	@Override
	public String forReader(String quote, Locale locale) {
		ULocale reader = ULocale.addLikelySubtags(ULocale.forLocale(locale));
		boolean simplified = "zh".equals(reader.getLanguage()) && "Hans".equals(reader.getScript());
		return simplified ? ChineseText.simplified(quote) : quote;
	}

}
