package org.policybriefs.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policybriefs.BriefWorkspace;
import org.policybriefs.jobs.BriefRuns;
import org.policybriefs.jobs.RunOutcome;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Chosen pages of the comparative brief, rendered by PDFBox at 50 dpi, look as the committed
 * reference images in {@code src/test/resources/visual/} do, within a small tolerance. After a
 * deliberate change to the look, refresh them with
 * {@code mvn verify -Dit.test=VisualRegressionFunctionalTests -Dvisual.update=true}, look at the new images,
 * and commit them.
 */
@SpringBootTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisualRegressionFunctionalTests {

	static final Path REFERENCES = Path.of("src/test/resources/visual");

	static final float DPI = 50;

	/** Share of pixels that may differ noticeably (anti-aliasing, rounding) before a page counts as changed. */
	static final double TOLERANCE = 0.004;

	static final Path root = BriefWorkspace.temporaryFolder("visual");

	@Autowired
	BriefRuns briefRuns;

	Path folder;

	@BeforeAll
	void render() {
		BriefWorkspace workspace = new BriefWorkspace(root);
		RunOutcome outcome = this.briefRuns
			.run(workspace.request("2026-11-27", List.of("comparative"), List.of("en", "zh-CN")));
		assertThat(outcome.status()).isEqualTo(RunOutcome.Status.COMPLETED);
		this.folder = workspace.published("2026-11-27");
	}

	/** Pages by what they show: page 1 (cover, takeaways, about the source), the contents, the first page of figures. */
	static Stream<String> pages() {
		return Stream.of("comparative.en:cover", "comparative.en:contents", "comparative.en:figures",
				"comparative.zh-CN:contents", "comparative.zh-CN:figures");
	}

	@ParameterizedTest
	@MethodSource("pages")
	void pageLooksAsItsReference(String page) throws IOException {
		String brief = page.substring(0, page.indexOf(':'));
		String what = page.substring(page.indexOf(':') + 1);
		BufferedImage actual;
		try (PDDocument document = PdfChecks.open(this.folder.resolve(brief + ".pdf"))) {
			int index = switch (what) {
				case "cover" -> 0;
				case "contents" -> 1;
				default -> PdfChecks.outline(document)
					.stream()
					.filter((bookmark) -> List.of("Figures", "图表").contains(bookmark.title()))
					.findFirst()
					.orElseThrow()
					.page() - 1;
			};
			actual = new PDFRenderer(document).renderImageWithDPI(index, DPI, ImageType.RGB);
		}
		Path reference = REFERENCES.resolve(brief + "-" + what + ".png");
		if (Boolean.getBoolean("visual.update") || !Files.exists(reference)) {
			Files.createDirectories(REFERENCES);
			ImageIO.write(actual, "png", reference.toFile());
			assertThat(Boolean.getBoolean("visual.update")).as("no reference image " + reference
					+ "; one was written: look at it and commit it").isTrue();
			return;
		}
		BufferedImage expected = ImageIO.read(reference.toFile());
		assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
		assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
		long differing = 0;
		for (int y = 0; y < actual.getHeight(); y++) {
			for (int x = 0; x < actual.getWidth(); x++) {
				if (distance(actual.getRGB(x, y), expected.getRGB(x, y)) > 48) {
					differing++;
				}
			}
		}
		double share = (double) differing / (actual.getWidth() * actual.getHeight());
		if (share > TOLERANCE) {
			Path diff = root.resolve(brief + "-" + what + ".actual.png");
			ImageIO.write(actual, "png", diff.toFile());
			ImageIO.write(actual, "png", Path.of("target", brief + "-" + what + ".actual.png").toFile());
		}
		assertThat(share).as(page + " differs from " + reference + " in " + differing
				+ " pixels; the rendering is in target/; if the change is meant, refresh with -Dvisual.update=true")
			.isLessThanOrEqualTo(TOLERANCE);
	}

	private static int distance(int a, int b) {
		int red = Math.abs(((a >> 16) & 0xff) - ((b >> 16) & 0xff));
		int green = Math.abs(((a >> 8) & 0xff) - ((b >> 8) & 0xff));
		int blue = Math.abs((a & 0xff) - (b & 0xff));
		return Math.max(red, Math.max(green, blue));
	}

}
