package org.policybriefs.pdf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A table of English text with straight or badly nested quotation marks, and how it is set. */
class QuotesTests {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', value = { "an \"AI+\" fund|an “AI+” fund", "an 'AI+' fund|an ‘AI+’ fund",
			"Guizhou's price|Guizhou’s price", "\"the 'five major' centres\"|“the ‘five major’ centres”",
			"“the “five major” centres”|“the ‘five major’ centres”", "the centres' power|the centres’ power",
			"(\"scenario-led\")|(“scenario-led”)", "no quotes at all|no quotes at all",
			"“貴州押注“資源驅動”,用綠電。”|“貴州押注‘資源驅動’,用綠電。”" })
	void curlsAndNests(String text, String expected) {
		assertThat(Quotes.nest(text, false)).isEqualTo(expected);
	}

}
