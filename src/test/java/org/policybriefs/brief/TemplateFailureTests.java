package org.policybriefs.brief;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A broken template is named with its file and line, whether it fails to parse or to render, and
 * an edit shows in the next brief rendered (preview renders again as soon as a file is saved).
 */
class TemplateFailureTests {

	@TempDir
	Path templates;

	private final BriefWords words = new BriefWords(new StaticMessageSource(), Locale.ENGLISH);

	@BeforeEach
	void brief() throws IOException {
		Files.createDirectories(this.templates.resolve("sections"));
		Files.writeString(this.templates.resolve(XhtmlRenderer.BRIEF_TEMPLATE),
				"<html>\n<#include \"sections/part.ftlh\">\n</html>\n");
	}

	@Test
	void aFragmentThatDoesNotParseIsNamedWithItsLine() throws IOException {
		fragment("<p>one</p>\n<p>two</p>\n  ${1 + }\n<p>four</p>\n");

		assertThatExceptionOfType(TemplateFailure.class)
			.isThrownBy(() -> new XhtmlRenderer(this.templates).render(null, this.words))
			.satisfies((failure) -> {
				assertThat(failure.template()).isEqualTo("sections/part.ftlh");
				assertThat(failure.line()).isEqualTo(3);
				assertThat(failure.column()).isPositive();
				assertThat(failure.getMessage()).startsWith("Template error in sections/part.ftlh:3:");
				assertThat(failure.problem()).as("not every token FreeMarker would have taken").doesNotContain("\n");
			});
	}

	@Test
	void aValueTheModelLacksIsNamedWhereTheFragmentAsksForIt() throws IOException {
		fragment("<p>one</p>\n<p>${brief.edition().title()}</p>\n");

		assertThatExceptionOfType(TemplateFailure.class)
			.isThrownBy(() -> new XhtmlRenderer(this.templates).render(null, this.words))
			.satisfies((failure) -> {
				assertThat(failure.template()).isEqualTo("sections/part.ftlh");
				assertThat(failure.line()).isEqualTo(2);
				assertThat(failure.problem()).contains("brief").doesNotContain("FTL stack trace");
			});
	}

	@Test
	void anEditShowsInTheNextBriefRendered() throws IOException {
		XhtmlRenderer renderer = new XhtmlRenderer(this.templates);
		fragment("<p>before</p>\n");
		assertThat(renderer.render(null, this.words)).contains("before");

		fragment("<p>after the edit</p>\n");
		// a file system keeps dates to the millisecond or better; an edit within the same one would go unseen
		Files.setLastModifiedTime(this.templates.resolve("sections/part.ftlh"),
				java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 1000));

		assertThat(renderer.render(null, this.words)).contains("after the edit").doesNotContain("before");
	}

	private void fragment(String text) throws IOException {
		Files.writeString(this.templates.resolve("sections/part.ftlh"), text);
	}

}
