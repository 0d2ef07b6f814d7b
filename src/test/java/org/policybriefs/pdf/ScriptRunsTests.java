package org.policybriefs.pdf;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScriptRunsTests {

	@Test
	void digitsAndPunctuationBetweenChineseStayInItsRun() {
		assertThat(ScriptRuns.split("Guizhou 貴州投運的智算中心已達12個, surpassed"))
			.extracting(ScriptRuns.Run::text)
			.containsExactly("Guizhou ", "貴州投運的智算中心已達12個", ", surpassed");
	}

	@Test
	void aChineseNameInParenthesesTakesItsParenthesesSoTheLabelStaysWhole() {
		assertThat(ScriptRuns.split("from NetEase Hao (網易號), user-uploaded article by 老A"))
			.extracting((run) -> run.text() + (run.cjk() ? " [cjk]" : ""))
			.containsExactly("from NetEase Hao ", "(網易號) [cjk]", ", user-uploaded article by ", "老 [cjk]", "A");
	}

	@Test
	void parenthesesAroundMoreThanChineseStayWhereTheyAre() {
		assertThat(ScriptRuns.split("Gui'an (贵安 New Area)"))
			.extracting(ScriptRuns.Run::text)
			.containsExactly("Gui'an (", "贵安", " New Area)");
	}

}
