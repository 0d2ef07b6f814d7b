package org.policybriefs.pdf;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Path;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

/**
 * The fonts charts are drawn with: the bundled Noto Sans (Latin) or Noto Sans CJK SC (Chinese)
 * as AWT fonts, so JFreeChart measures text with the very font the PDF shows, and a font
 * mapper that hands OpenPDF the same bundled, embedded {@link BaseFont} for each AWT font, so
 * chart text is real, selectable text and never a font of the machine.
 */
public final class ChartFonts implements FontMapper {

	private final Font latin;

	private final Font latinBold;

	private final Font cjk;

	private final BundledFonts fonts;

	ChartFonts(Path folder, BundledFonts fonts) {
		this.fonts = fonts;
		this.latin = load(folder.resolve("NotoSans-Regular.ttf"));
		this.latinBold = load(folder.resolve("NotoSans-Bold.ttf"));
		this.cjk = load(folder.resolve("NotoSansSC-Regular-subset.ttf"));
	}

	/** The regular font for a chart in this script, at a size in points. */
	public Font regular(boolean chinese, float size) {
		return (chinese ? this.cjk : this.latin).deriveFont(Font.PLAIN, size);
	}

	public Font bold(boolean chinese, float size) {
		return chinese ? this.cjk.deriveFont(Font.BOLD, size) : this.latinBold.deriveFont(Font.PLAIN, size);
	}

	@Override
	public BaseFont awtToPdf(Font font) {
		String name = font.getFontName();
		boolean chinese = name.contains("CJK");
		boolean bold = font.isBold() || name.contains("Bold");
		return this.fonts.baseFont(chinese, bold);
	}

	@Override
	public Font pdfToAwt(BaseFont font, int size) {
		return this.latin.deriveFont((float) size);
	}

	private static Font load(Path file) {
		try {
			return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
		}
		catch (FontFormatException | IOException ex) {
			throw new IllegalStateException("Cannot read chart font " + file, ex);
		}
	}

}
