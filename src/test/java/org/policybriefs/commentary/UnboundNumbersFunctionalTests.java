package org.policybriefs.commentary;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.policybriefs.BriefProcess;
import org.policybriefs.BriefWorkspace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validate}, in a process of its own, lists a number the analyst typed where a figure
 * belongs, and says nothing of the shipped commentary, which writes every figure as {@code {{…}}}.
 */
class UnboundNumbersFunctionalTests {

	@Test
	void validateListsANumberTypedWhereAFigureBelongs() {
		BriefWorkspace workspace = new BriefWorkspace(BriefWorkspace.temporaryFolder("unbound-numbers"));
		BriefProcess shipped = validate(workspace);
		assertThat(shipped.waitFor()).isZero();
		assertThat(shipped.output()).contains("valid: the input can be run").doesNotContain("unbound");

		String watch = workspace.read("commentary/watch.BJ.en.md");
		workspace.write("commentary/watch.BJ.en.md",
				watch + "- Whether Beijing keeps its 38% of the nation's AI talent by the end of 2026.\n");
		BriefProcess typed = validate(workspace);

		assertThat(typed.waitFor()).isZero();
		assertThat(typed.output()).contains("unbound           ")
			.contains("commentary/watch.BJ.en.md:3  \"38%\" is BJ ai_talent_share 2024 as the data give it; write"
					+ " {{BJ ai_talent_share 2024}} so that the passage follows the figure and is listed when it changes")
			.doesNotContain("\"2026\"")
			.contains("valid: the input can be run");
	}

	private static BriefProcess validate(BriefWorkspace workspace) {
		return BriefProcess.start(Path.of("").toAbsolutePath(), List.of("-Xmx256m"), "validate",
				"--input=" + workspace.input());
	}

}
