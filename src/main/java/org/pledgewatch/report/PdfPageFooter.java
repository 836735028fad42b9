package org.pledgewatch.report;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/** "Page 2 of 5" and the report's provenance at the foot of every page. */
final class PdfPageFooter extends PdfPageEventHelper {

	private static final float SIZE = 7.5f;

	private final PdfFonts fonts;

	private final String left;

	private final ReportText text;

	private PdfTemplate total;

	PdfPageFooter(PdfFonts fonts, String left, ReportText text) {
		this.fonts = fonts;
		this.left = left;
		this.text = text;
	}

	@Override
	public void onOpenDocument(PdfWriter writer, Document document) {
		total = writer.getDirectContent().createTemplate(30, 12);
	}

	@Override
	public void onEndPage(PdfWriter writer, Document document) {
		PdfContentByte cb = writer.getDirectContent();
		float y = document.bottom() - 20;
		String page = text.get("report.footer.page", writer.getPageNumber()) + " ";
		float width = fonts.regular(SIZE).getBaseFont().getWidthPoint(page, SIZE);
		float x = document.right() - 30 - width;
		// The provenance wraps rather than running into the page number: longer in Dutch, French and German.
		ColumnText provenance = new ColumnText(cb);
		provenance.setSimpleColumn(new Phrase(left, fonts.regular(SIZE)), document.left(), y - 12, x - 12, y + SIZE,
				SIZE + 1.5f, Element.ALIGN_LEFT);
		try {
			provenance.go();
		}
		catch (com.lowagie.text.DocumentException ex) {
			throw new IllegalStateException(ex);
		}
		ColumnText.showTextAligned(cb, Element.ALIGN_LEFT, new Phrase(page, fonts.regular(SIZE)), x, y, 0);
		cb.addTemplate(total, x + width, y);
	}

	@Override
	public void onCloseDocument(PdfWriter writer, Document document) {
		ColumnText.showTextAligned(total, Element.ALIGN_LEFT,
				new Phrase(String.valueOf(writer.getPageNumber() - 1), fonts.regular(SIZE)), 0, 0, 0);
	}

}
