package org.policybriefs.commentary;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommentaryFileNameTests {

	private static final Set<String> REGIONS = Set.of("GZ", "SH", "XJ");

	@ParameterizedTest
	@CsvSource(textBlock = """
			summary.en.md,           SUMMARY,      '', en
			implications.XJ.zh-CN.md, IMPLICATIONS, XJ, zh-CN
			watch.GZ.en.md,          WATCH,        GZ, en
			questions.zh-CN.md,      QUESTIONS,    '', zh-CN
			""")
	void named(String file, CommentarySection section, String region, String locale) {
		assertThat(CommentaryFileName.parse(file, REGIONS, file))
			.isEqualTo(new CommentaryFileName(file, section, region, locale));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			outlook.en.md         | section 'outlook'
			implications.BJ.en.md | region 'BJ' is not in regions.csv
			summary.fr.md         | locale 'fr'
			summary.en.txt        | is not a commentary file
			summary.GZ.x.en.md    | has 4 parts
			""")
	void refusedNamingTheFile(String file, String problem) {
		assertThatThrownBy(() -> CommentaryFileName.parse(file, REGIONS, "input/commentary/" + file))
			.isInstanceOf(CommentaryException.class)
			.hasMessageStartingWith("input/commentary/" + file + ": ")
			.hasMessageContaining(problem);
	}

}
