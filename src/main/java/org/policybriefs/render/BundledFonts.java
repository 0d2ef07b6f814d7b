package org.policybriefs.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.lowagie.text.pdf.BaseFont;
import org.xhtmlrenderer.pdf.ITextFontResolver;

/**
 * The fonts that ship in {@code templates/fonts}: registered with every renderer so that the
 * PDF never falls back to a font of the machine, and used to prove, before rendering, that
 * every character of a brief has a glyph.
 */
final class BundledFonts {

	private final List<Path> files;

	private final List<BaseFont> fonts;

	BundledFonts(Path templates) {
		Path folder = templates.resolve("fonts");
		try (Stream<Path> paths = Files.list(folder)) {
			this.files = paths.filter((path) -> path.toString().matches(".*\\.(ttf|otf)$")).sorted().toList();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No fonts folder at " + folder.toAbsolutePath(), ex);
		}
		if (this.files.isEmpty()) {
			throw new IllegalStateException("No .ttf or .otf font in " + folder.toAbsolutePath());
		}
		this.fonts = new ArrayList<>();
		for (Path file : this.files) {
			try {
				this.fonts.add(BaseFont.createFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.NOT_EMBEDDED));
			}
			catch (Exception ex) {
				throw new IllegalStateException("Cannot read font " + file, ex);
			}
		}
	}

	void registerWith(ITextFontResolver resolver) {
		for (Path file : this.files) {
			try {
				resolver.addFont(file.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			}
			catch (Exception ex) {
				throw new IllegalStateException("Cannot register font " + file, ex);
			}
		}
	}

	/** Whether some bundled font has a glyph for the code point. */
	boolean covers(int codePoint) {
		if (Character.isWhitespace(codePoint) || Character.getType(codePoint) == Character.CONTROL
				|| Character.getType(codePoint) == Character.FORMAT) {
			return true;
		}
		for (BaseFont font : this.fonts) {
			if (font.charExists(codePoint)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Names the first character of the text that no bundled font can draw, with the text around
	 * it, or returns null when every character is covered.
	 */
	String firstUncovered(String text) {
		for (int i = 0; i < text.length();) {
			int codePoint = text.codePointAt(i);
			if (!covers(codePoint)) {
				int from = Math.max(0, i - 30);
				int to = Math.min(text.length(), i + 30);
				return String.format("U+%04X '%s' in \"…%s…\"", codePoint, new String(Character.toChars(codePoint)),
						text.substring(from, to).replaceAll("\\s+", " "));
			}
			i += Character.charCount(codePoint);
		}
		return null;
	}

}
