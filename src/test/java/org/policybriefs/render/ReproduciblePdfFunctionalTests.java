package org.policybriefs.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.List;
import java.util.TimeZone;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A brief rendered again from the same input is the same file, byte for byte: its dates are the
 * as-of date, its /ID and its font subset names follow from what it shows, not from the clock or
 * chance. Delivery and retention rely on it (an unchanged brief is not mailed again).
 */
@SpringBootTest
class ReproduciblePdfFunctionalTests {

	@TempDir
	Path first;

	@TempDir
	Path second;

	@Autowired
	BriefRuns briefRuns;

	@Test
	void theSameInputRenderedTwiceGivesTheSameBytes() throws Exception {
		// given
		BriefWorkspace one = new BriefWorkspace(this.first);
		BriefWorkspace other = new BriefWorkspace(this.second);

		// when
		RunOutcome firstRun = this.briefRuns
			.run(one.request("2026-11-27", List.of("comparative"), List.of("en", "zh-CN")));
		RunOutcome secondRun = this.briefRuns
			.run(other.request("2026-11-27", List.of("comparative"), List.of("en", "zh-CN")));

		// then
		assertThat(firstRun.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		assertThat(secondRun.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		for (String name : List.of("comparative.en.pdf", "comparative.zh-CN.pdf")) {
			byte[] a = Files.readAllBytes(one.published("2026-11-27").resolve(name));
			byte[] b = Files.readAllBytes(other.published("2026-11-27").resolve(name));
			assertThat(a).as(name).isEqualTo(b);
		}
		try (PDDocument pdf = PdfChecks.open(one.published("2026-11-27").resolve("comparative.en.pdf"))) {
			Calendar created = pdf.getDocumentInformation().getCreationDate();
			created.setTimeZone(TimeZone.getTimeZone("UTC"));
			assertThat(created.get(Calendar.YEAR)).isEqualTo(2026);
			assertThat(created.get(Calendar.MONTH)).isEqualTo(Calendar.NOVEMBER);
			assertThat(created.get(Calendar.DAY_OF_MONTH)).isEqualTo(27);
			assertThat(pdf.getDocumentInformation().getModificationDate().getTimeInMillis())
				.isEqualTo(created.getTimeInMillis());
			String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(),
					java.nio.charset.StandardCharsets.UTF_8);
			assertThat(xmp).contains("<xmp:CreateDate>2026-11-27T00:00:00Z</xmp:CreateDate>")
				.contains("<xmp:ModifyDate>2026-11-27T00:00:00Z</xmp:ModifyDate>");
		}
	}

}
