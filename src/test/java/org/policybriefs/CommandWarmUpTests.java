package org.policybriefs;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The warm-up loads the H2 engine only for a command whose database is H2. */
class CommandWarmUpTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "--spring.datasource.url=jdbc:h2:file:/tmp/out/.db/briefs | true",
			"--spring.datasource.url=jdbc:h2:mem:validate;DB_CLOSE_DELAY=-1 | true",
			"--spring.datasource.url=jdbc:postgresql://db:5432/briefs | false",
			"--spring.datasource.url=jdbc:h2:mem:x --spring.datasource.url=jdbc:postgresql://db/briefs | false",
			"--spring.datasource.url=jdbc:postgresql://db/briefs --spring.datasource.url=jdbc:h2:mem:x | true" })
	void theLastDatasourceOnTheCommandLineDecides(String arguments, boolean h2) {
		assertThat(CommandWarmUp.usesH2(List.of(arguments.split(" ")))).isEqualTo(h2);
	}

}
