package org.policybriefs.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfStream;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The fonts that ship in {@code templates/fonts}, read once per JVM and registered with every
 * renderer, so that the PDF never falls back to a font of the machine and no font file is read
 * again for each brief. Also answers whether the font that will draw a piece of text has a
 * glyph for each of its characters.
 */
public final class BundledFonts {

	private final List<Font> fonts;

	private final Set<String> cjkFamilies;

	private final Set<String> latinFamilies;

	private final Path folder;

	private final Map<Set<String>, Map<Integer, Boolean>> coverage = new ConcurrentHashMap<>();

	public BundledFonts(Path templates, Set<String> latinFamilies, Set<String> cjkFamilies) {
		this.latinFamilies = latinFamilies;
		this.cjkFamilies = cjkFamilies;
		Path folder = templates.resolve("fonts");
		this.folder = folder;
		List<Path> files;
		try (Stream<Path> paths = Files.list(folder)) {
			files = paths.filter((path) -> path.toString().matches(".*\\.(ttf|otf)$")).sorted().toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No fonts folder at " + folder.toAbsolutePath(), ex);
		}
		this.fonts = new ArrayList<>();
		for (Path file : files) {
			try {
				// From bytes and uncached: OpenPDF would otherwise reopen the file for every PDF it subsets.
				BaseFont font = BaseFont.createFont(file.getFileName().toString(), BaseFont.IDENTITY_H,
						BaseFont.EMBEDDED, false, Files.readAllBytes(file), null);
				// Each PDF embeds a fresh subset of every face it uses: compressed for speed, not size
				// (the CJK subset carries the whole font's metrics, some 250 KB before compression).
				font.setCompressionLevel(PdfStream.BEST_SPEED);
				// the same subset name in every rendering, so that an unchanged brief is the same file
				SubsetTags.fix(font);
				// No CIDSet: OpenPDF's lists the glyphs used, PDF/UA-1 and PDF/A-2 want every glyph of the
				// subset or none (OpenPDF's PDF/A-1 mode, used untagged, still writes one, as PDF/A-1 asks)
				font.setIncludeCidSet(false);
				this.fonts.add(new Font(file, font, font.getFamilyFontName()[0][3]));
			}
			catch (Exception ex) {
				throw new IllegalStateException("Cannot read font " + file, ex);
			}
		}
		for (String family : union(latinFamilies, cjkFamilies)) {
			if (this.fonts.stream().noneMatch((font) -> font.family().equals(family))) {
				throw new IllegalStateException("No font of family '" + family + "' in " + folder.toAbsolutePath());
			}
		}
	}

	/** The bundled face for chart text: Noto Sans, or Noto Sans CJK SC for Chinese; regular or bold. */
	BaseFont baseFont(boolean chinese, boolean bold) {
		Set<String> families = chinese ? this.cjkFamilies : Set.of("Noto Sans");
		return this.fonts.stream()
			.filter((font) -> families.contains(font.family()))
			.filter((font) -> font.file().getFileName().toString().contains("Bold") == bold)
			.map(Font::font)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No bundled " + (chinese ? "CJK" : "Noto Sans")
					+ (bold ? " bold" : " regular") + " font"));
	}

	Path folder() {
		return this.folder;
	}

	/** Each bundled face, for a browser to draw a brief with the fonts of its PDF (preview). */
	public List<Face> faces() {
		return this.fonts.stream().map((font) -> {
			String style = font.font().getPostscriptFontName();
			String weight = style.substring(style.indexOf('-') + 1);
			return new Face(font.file().getFileName().toString(), font.family(), weight.contains("Bold"),
					weight.contains("Italic"));
		}).toList();
	}

	void registerWith(ITextFontResolver resolver) {
		for (Font font : this.fonts) {
			resolver.addFont(font.font(), font.file().toString(), null);
		}
	}

	/**
	 * Names the first character of the text that the fonts drawing it lack, with the text around
	 * it, or returns null when every character has a glyph.
	 */
	String firstUncovered(String text, boolean chinese) {
		Set<String> families = chinese ? this.cjkFamilies : this.latinFamilies;
		// The answer never changes for a set of fonts read once: worked out once per character.
		Map<Integer, Boolean> known = this.coverage.computeIfAbsent(families, (key) -> new ConcurrentHashMap<>());
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (!covered(codePoint, families, known)) {
				int from = Math.max(0, text.offsetByCodePoints(i, -Math.min(20, text.codePointCount(0, i))));
				int to = text.offsetByCodePoints(i, Math.min(20, text.codePointCount(i, text.length())));
				return String.format("U+%04X '%s' (in %s text: \"%s\")", codePoint,
						new String(Character.toChars(codePoint)), chinese ? "Chinese" : "non-Chinese",
						text.substring(from, to).replaceAll("\\s+", " ").strip());
			}
			i += Character.charCount(codePoint);
		}
		return null;
	}

	private boolean covered(int codePoint, Set<String> families, Map<Integer, Boolean> known) {
		if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)
				|| Character.getType(codePoint) == Character.FORMAT) {
			return true;
		}
		return known.computeIfAbsent(codePoint, (key) -> this.fonts.stream()
			// Every regular face of the families used for this text must have the glyph.
			.filter((font) -> families.contains(font.family()))
			.allMatch((font) -> font.font().charExists(codePoint)));
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new java.util.LinkedHashSet<>(a);
		all.addAll(b);
		return all;
	}

	private record Font(Path file, BaseFont font, String family) {
	}

	/**
	 * A bundled face: its file in {@code templates/fonts}, its family as CSS names it, bold or not, italic or not.
	 */
	public record Face(String file, String family, boolean bold, boolean italic) {
	}

}
