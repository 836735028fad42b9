package org.pledgewatch.dataset;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.OptionalInt;

/**
 * What the PDF report can print: the glyphs of Liberation Sans, the font it embeds (from {@code openpdf-fonts-extra},
 * regular and bold). A character the font lacks would be dropped from the PDF without a trace ({@code ＝1+1} printed
 * as {@code 1+1}, a Chinese name as nothing), so a name holding one is refused at upload instead. No font covering
 * Chinese, Japanese or Korean is shipped: such names are refused.
 */
final class PrintableText {

	private static final Font[] FACES = { load("liberation/LiberationSans-Regular.ttf"),
			load("liberation/LiberationSans-Bold.ttf") };

	private PrintableText() {
	}

	/** The first character of {@code text} the report's font cannot print, if any; invisible format marks aside. */
	static OptionalInt firstUnprintable(String text) {
		return text.codePoints()
			.filter(c -> c >= 0x80 && Character.getType(c) != Character.FORMAT && !Character.isWhitespace(c))
			.filter(c -> !printable(c))
			.findFirst();
	}

	private static boolean printable(int c) {
		for (Font face : FACES) {
			if (!face.canDisplay(c)) {
				return false;
			}
		}
		return true;
	}

	private static Font load(String resource) {
		try (InputStream in = PrintableText.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing font " + resource + " (openpdf-fonts-extra)");
			}
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("Unreadable font " + resource, ex);
		}
	}

}
