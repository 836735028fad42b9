package org.pledgewatch.report;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.CountryHistory;

/** The highlighted ally year by year: the numbers behind its chart. */
final class PdfHistoryTable {

	private static final float SIZE = 7.5f;

	private final PdfFonts fonts;

	private final ReportText text;

	PdfHistoryTable(PdfFonts fonts, ReportText text) {
		this.fonts = fonts;
		this.text = text;
	}

	/**
	 * With money figures: year, share, rank, spending, change in current US dollars, gap in points and in money.
	 * Without (a shares-only edition): year, share, rank, real change, gap in points.
	 */
	PdfPTable table(CountryHistory history, boolean money) {
		PdfPTable table = new PdfPTable(money ? new float[] { 8, 11, 8, 17, 14, 12, 14 } : new float[] { 8, 12, 10, 16, 14 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setSpacingBefore(6);
		String target = text.target(history.targetPct());
		List<String> titles = money
				? List.of(text.get("report.col.year"), text.get("report.col.share"), text.get("report.col.rank"),
						text.get("report.col.spending"), text.get("report.col.change"),
						text.get("report.col.gapPts", target), text.get("report.col.gap", target))
				: List.of(text.get("report.col.year"), text.get("report.col.share"), text.get("report.col.rank"),
						text.get("report.col.realChange"), text.get("report.col.gapPts", target));
		for (String title : titles) {
			PdfPCell cell = cell(title, fonts.bold(SIZE));
			cell.setBackgroundColor(new Color(0xe8, 0xec, 0xf2));
			table.addCell(cell);
		}
		for (AllyYear row : history.rows()) {
			Font font = fonts.regular(SIZE);
			String e = row.estimate() ? " (e)" : "";
			table.addCell(cell(row.year() + e, font));
			table.addCell(cell(row.reported() || money ? text.share(row.shareOfGdpPctRounded())
					: text.get("report.noExpenditure"), font));
			table.addCell(cell(row.rank() == null ? (row.member() ? ReportText.MISSING : "†") : String.valueOf(row.rank()),
					font));
			if (money) {
				table.addCell(cell(row.defenceExpenditureMusd() == null ? text.get("report.noExpenditure")
						: text.musd(row.defenceExpenditureMusd()), font));
				table.addCell(cell(text.change(row.spendingChangePct()), font));
			}
			else {
				table.addCell(cell(text.change(row.realChangePct()), font));
			}
			table.addCell(cell(text.share(row.gapToTargetPts()), font));
			if (money) {
				table.addCell(cell(text.musd(row.gapToTargetMusd()), font));
			}
		}
		return table;
	}

	private static PdfPCell cell(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		cell.setPaddingTop(1.5f);
		cell.setPaddingBottom(3f);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(new Color(0xdd, 0xdd, 0xdd));
		return cell;
	}

}
