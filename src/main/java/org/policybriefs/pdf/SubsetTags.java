package org.policybriefs.pdf;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

import com.lowagie.text.pdf.BaseFont;

/**
 * Gives an embedded font subset a tag (the six letters before its name, {@code ABCDEF+NotoSans})
 * that depends on the font alone. OpenPDF draws the letters at random for every PDF, so two
 * renderings of the same document differed in them; the PDF specification asks only that two
 * different subsets of one font in one file carry different tags, and each face is embedded once
 * per file.
 */
public final class SubsetTags {

	private static final int LENGTH = 6;

	private SubsetTags() {
	}

	/** From now on, every subset of this font is tagged with letters derived from its name. */
	public static void fix(BaseFont font) {
		try {
			// OpenPDF 2.0.5 reads the letters from this protected field and offers no setter
			Field random = BaseFont.class.getDeclaredField("secureRandom");
			random.setAccessible(true);
			random.set(font, new TagLetters(font.getPostscriptFontName()));
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("This OpenPDF version keeps the subset tag elsewhere: " + ex, ex);
		}
	}

	/**
	 * OpenPDF asks for six numbers in a row on one thread and maps each to a letter: this source
	 * answers them from the font's name. The position is counted per thread, as briefs rendered at
	 * once share the font.
	 */
	private static final class TagLetters extends SecureRandom {

		private static final long serialVersionUID = 1L;

		private final int[] letters = new int[LENGTH];

		private final transient ThreadLocal<int[]> position = ThreadLocal.withInitial(() -> new int[1]);

		TagLetters(String name) {
			int hash = 17;
			for (int i = 0; i < LENGTH; i++) {
				for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
					hash = hash * 31 + b + i;
				}
				this.letters[i] = Math.floorMod(hash, 26);
			}
		}

		@Override
		public double nextDouble() {
			int[] at = this.position.get();
			int letter = this.letters[at[0] % LENGTH];
			at[0]++;
			// the middle of the letter's interval: OpenPDF multiplies by 26 and truncates
			return (letter + 0.5) / 26;
		}

	}

}
