package org.policybriefs.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Renders kept XHTML files ({@code run --keep-xhtml}) to PDF with the project's PdfRenderer
 * and bundled fonts, in one warm JVM, for the side-by-side with WeasyPrint and Chromium
 * (bench/compare.sh). The charts are drawn from the kept PNG files, as the browsers draw them,
 * so every renderer does the same work: parse, style, lay out, write the PDF. Each file is
 * rendered tagged (PDF/UA, the default) and untagged ({@code briefs.render.tagged=false}) in
 * turn, so that both meet the same machine. Prints one line per round, file and mode:
 * {@code round tagged|untagged file milliseconds}.
 *
 * <pre>java -cp ... org.policybriefs.render.RenderXhtmlFiles WARMUP ROUNDS OUTDIR FILE...</pre>
 */
public final class RenderXhtmlFiles {

	private RenderXhtmlFiles() {
	}

	public static void main(String[] args) throws IOException {
		int warmup = Integer.parseInt(args[0]);
		int rounds = Integer.parseInt(args[1]);
		Path out = Path.of(args[2]);
		List<Path> files = Arrays.stream(args).skip(3).map(Path::of).toList();
		Files.createDirectories(out);
		Path folder = files.get(0).toAbsolutePath().getParent();
		BundledFonts fonts = new BundledFonts(Path.of("templates"), Set.of("Noto Serif", "Noto Sans"),
				Set.of("Noto Sans CJK SC"));
		// The kept folder is the renderer's "templates" here: brief.css and charts/ are read from it.
		Map<String, PdfRenderer> renderers = Map.of("tagged", new PdfRenderer(folder, fonts, true, true), "untagged",
				new PdfRenderer(folder, fonts, true, false));
		PdfRenderer.Parts parts = new PdfRenderer.Parts();
		List<String> texts = new ArrayList<>();
		for (Path file : files) {
			texts.add(Files.readString(file, StandardCharsets.UTF_8));
		}
		for (int round = -warmup; round < rounds; round++) {
			for (int i = 0; i < files.size(); i++) {
				// alternate which mode goes first, so neither always meets the warmer caches
				List<String> modes = ((round + i) % 2 == 0) ? List.of("tagged", "untagged") : List.of("untagged", "tagged");
				for (String mode : modes) {
					double millis = render(renderers.get(mode), parts, texts.get(i),
							out.resolve(mode).resolve(files.get(i).getFileName().toString().replace(".xhtml", ".pdf")));
					if (round >= 0) {
						System.out.printf("%d %s %s %.1f%n", round, mode, files.get(i).getFileName(), millis);
					}
				}
			}
		}
	}

	private static double render(PdfRenderer renderer, PdfRenderer.Parts parts, String xhtml, Path target)
			throws IOException {
		Files.createDirectories(target.getParent());
		long start = System.nanoTime();
		Document document = LanguageMarkup.parse(xhtml);
		NodeList images = document.getElementsByTagNameNS(LanguageMarkup.XHTML, "img");
		for (int j = 0; j < images.getLength(); j++) {
			((Element) images.item(j)).removeAttribute(ChartElementFactory.ATTRIBUTE);
		}
		String language = document.getDocumentElement().getAttribute("lang");
		try (OutputStream stream = Files.newOutputStream(target)) {
			renderer.render(document, Map.of(), language, null, parts, stream);
		}
		return (System.nanoTime() - start) / 1_000_000.0;
	}

}
