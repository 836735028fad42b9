package org.pledgewatch.report;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.pledgewatch.compliance.Revision;
import org.pledgewatch.dataset.DatasetCitation;

/**
 * "Revisions since the previous edition": every ally-year whose printed share the report's version revised, with the
 * previous edition's share beside it, so a figure quoted from that edition is not read as a contradiction.
 */
final class PdfRevisionsSection {

	private static final float SIZE = 7.5f;

	private final PdfFonts fonts;

	private final ReportText text;

	PdfRevisionsSection(PdfFonts fonts, ReportText text) {
		this.fonts = fonts;
		this.text = text;
	}

	/** Writes the section when there is a previous edition; nothing otherwise. */
	void write(Document document, ComplianceReport report) {
		DatasetCitation previous = report.revisions().previous();
		if (previous == null) {
			return;
		}
		document.newPage();
		document.add(CompliancePdfWriter.heading(fonts, text.get("report.revisions.heading")));
		List<Revision> revisions = report.revisions().revisions();
		String shown = text.edition(report.dataset());
		String before = text.edition(previous);
		if (revisions.isEmpty()) {
			document.add(CompliancePdfWriter.body(fonts,
					text.message("report.revisions.none", shown, before, String.valueOf(previous.version()))));
			return;
		}
		document.add(CompliancePdfWriter.body(fonts, text.message("report.revisions.note", shown, revisions.size(),
				before, String.valueOf(previous.version()))));
		PdfPTable table = new PdfPTable(new float[] { 24, 8, 14, 14, 12 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSpacingBefore(6);
		for (String title : List.of(text.get("report.revisions.col.ally"), text.get("report.col.year"),
				text.get("report.revisions.col.previous"), text.get("report.revisions.col.shown"),
				text.get("report.revisions.col.change"))) {
			PdfPCell cell = cell(title, fonts.bold(SIZE));
			cell.setBackgroundColor(new Color(0xe8, 0xec, 0xf2));
			table.addCell(cell);
		}
		for (Revision revision : revisions) {
			Font font = fonts.regular(SIZE);
			table.addCell(cell(text.country(revision.iso3(), revision.country()), font));
			table.addCell(cell(String.valueOf(revision.year()), font));
			table.addCell(cell(text.share(revision.previous().doubleValue()), font));
			table.addCell(cell(text.share(revision.shown().doubleValue()), font));
			table.addCell(cell(text.points(revision.shown().subtract(revision.previous()).doubleValue()), font));
		}
		document.add(table);
	}

	private static PdfPCell cell(String content, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(content, font));
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(new Color(0xdd, 0xdd, 0xdd));
		cell.setPadding(3);
		cell.setHorizontalAlignment(Element.ALIGN_LEFT);
		return cell;
	}

}
