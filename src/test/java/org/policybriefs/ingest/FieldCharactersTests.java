package org.policybriefs.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A number written with digits other than ASCII's is told apart from one in ASCII and from text. */
class FieldCharactersTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2.8 | false", "-1.5e3 | false", "中文 | false", "'' | false", "１２ | true",
			"٣ | true", "2.\u0968 | true", "\uD835\uDFCF | true", "\uD835\uDC00 | false" })
	void digitsOtherThanAsciiAreFoundInAndOutsideTheBasicPlane(String value, boolean other) {
		assertThat(FieldCharacters.hasOtherDigits(value)).isEqualTo(other);
	}

}
