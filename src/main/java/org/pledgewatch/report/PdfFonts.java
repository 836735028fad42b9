package org.pledgewatch.report;

import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;

/**
 * Liberation Sans (from {@code openpdf-fonts-extra}), embedded as Unicode so that every ally's name prints as the
 * dataset spells it. Charts are laid out with the same font files through AWT, so their text measures what it prints.
 * One instance per document: a {@link BaseFont} collects the glyphs its document uses.
 */
final class PdfFonts implements FontMapper {

	private static final byte[] REGULAR = read("liberation/LiberationSans-Regular.ttf");

	private static final byte[] BOLD = read("liberation/LiberationSans-Bold.ttf");

	private static final java.awt.Font AWT_REGULAR = awt(REGULAR);

	private static final java.awt.Font AWT_BOLD = awt(BOLD);

	private final BaseFont regular;

	private final BaseFont bold;

	PdfFonts() {
		try {
			this.regular = BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
					true, REGULAR, null);
			this.bold = BaseFont.createFont("LiberationSans-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
					BOLD, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	Font regular(float size) {
		return new Font(regular, size);
	}

	Font regular(float size, java.awt.Color color) {
		return new Font(regular, size, Font.NORMAL, color);
	}

	Font bold(float size) {
		return new Font(bold, size);
	}

	Font bold(float size, java.awt.Color color) {
		return new Font(bold, size, Font.NORMAL, color);
	}

	/** An AWT font for chart text, from the same file the PDF embeds. */
	static java.awt.Font chartFont(boolean isBold, float size) {
		// The bold face keeps Font.BOLD as its style, so that SVG output says font-weight="bold".
		return isBold ? AWT_BOLD.deriveFont(java.util.Map.of(java.awt.font.TextAttribute.WEIGHT,
				java.awt.font.TextAttribute.WEIGHT_BOLD, java.awt.font.TextAttribute.SIZE, size))
				: AWT_REGULAR.deriveFont(size);
	}

	@Override
	public BaseFont awtToPdf(java.awt.Font font) {
		return font.isBold() || font.getFontName().contains("Bold") ? bold : regular;
	}

	@Override
	public java.awt.Font pdfToAwt(BaseFont font, int size) {
		return chartFont(font == bold, size);
	}

	private static byte[] read(String resource) {
		try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing font " + resource + " (openpdf-fonts-extra)");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static java.awt.Font awt(byte[] ttf) {
		try {
			return java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
		}
		catch (FontFormatException | IOException ex) {
			throw new IllegalStateException("Unreadable embedded font", ex);
		}
	}

}
