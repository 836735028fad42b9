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
import org.jspecify.annotations.Nullable;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.compliance.AllyYear;

/**
 * The table of every ally in the chosen year. Estimates carry "(e)", non-members a dagger and no rank, and an ally
 * without a figure says so across two columns instead of showing zeros. The gap is given in percentage points of GDP,
 * and in million US dollars too where the version gives money figures; a shares-only edition shows the real change
 * in place of spending and GDP.
 */
final class PdfAlliesTable {

	private static final Color HEADER = new Color(0xe8, 0xec, 0xf2);

	private static final Color HIGHLIGHT = new Color(0xff, 0xf1, 0xe6);

	private static final float SIZE = 7.5f;

	private static final int ROWS_PER_ADD = 100;

	private final PdfFonts fonts;

	private final ReportText text;

	PdfAlliesTable(PdfFonts fonts, ReportText text) {
		this.fonts = fonts;
		this.text = text;
	}

	/**
	 * Adds the table to the document a hundred rows at a time: the rows written so far leave memory, so a year of ten
	 * thousand allies costs what a hundred do; the header row repeats on every page.
	 */
	void addTo(Document document, ComplianceReport report) {
		boolean money = report.moneyFigures();
		PdfPTable table = new PdfPTable(money ? new float[] { 5, 20, 10, 14, 15, 11, 13, 8 }
				: new float[] { 5, 24, 12, 14, 14, 8 });
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setComplete(false);
		String target = text.target(report.targetPct());
		String ally = text.get("report.col.ally");
		List<String> titles = money
				? List.of(text.get("report.col.rank"), ally, text.get("report.col.share"),
						text.get("report.col.spending"), text.get("report.col.gdp"), text.get("report.col.gapPts", target),
						text.get("report.col.gap", target), text.get("report.col.meets", target))
				: List.of(text.get("report.col.rank"), ally, text.get("report.col.share"),
						text.get("report.col.realChange"), text.get("report.col.gapPts", target),
						text.get("report.col.meets", target));
		for (String title : titles) {
			PdfPCell cell = cell(title, fonts.bold(SIZE), title.equals(ally) ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
			cell.setBackgroundColor(HEADER);
			table.addCell(cell);
		}
		int added = 0;
		for (AllyYear row : report.compliance().rows()) {
			if (++added % ROWS_PER_ADD == 0) {
				RequestBudget.check();
				document.add(table);
			}
			boolean highlighted = report.highlighted(row);
			Font font = highlighted ? fonts.bold(SIZE) : fonts.regular(SIZE);
			@Nullable Color background = highlighted ? HIGHLIGHT : null;
			String rank = row.rank() != null ? String.valueOf(row.rank()) : (row.member() ? ReportText.MISSING : "†");
			table.addCell(shaded(cell(rank, font, Element.ALIGN_RIGHT), background));
			table.addCell(shaded(cell(text.country(row) + (row.member() ? "" : " †"), font, Element.ALIGN_LEFT), background));
			if (!row.reported() && (!money || row.defenceExpenditureMusd() == null)) {
				// Says so across the share and the next column (spending, or the real change) instead of showing zeros.
				PdfPCell none = cell(text.get("report.noExpenditure"), fonts.regular(SIZE, Color.DARK_GRAY), Element.ALIGN_CENTER);
				none.setColspan(2);
				table.addCell(shaded(none, background));
			}
			else {
				String e = row.estimate() ? " (e)" : "";
				table.addCell(shaded(cell(text.share(row.shareOfGdpPctRounded()) + e, font,
						Element.ALIGN_RIGHT), background));
				table.addCell(shaded(cell(money ? text.musd(row.defenceExpenditureMusd()) + e
						: text.change(row.realChangePct()), font, Element.ALIGN_RIGHT), background));
			}
			if (money) {
				table.addCell(shaded(cell(text.musd(row.gdpMusd()), font, Element.ALIGN_RIGHT), background));
			}
			table.addCell(shaded(cell(text.share(row.gapToTargetPts()), font, Element.ALIGN_RIGHT), background));
			if (money) {
				table.addCell(shaded(cell(text.musd(row.gapToTargetMusd()), font, Element.ALIGN_RIGHT), background));
			}
			table.addCell(shaded(cell(verdict(row), font, Element.ALIGN_RIGHT), background));
		}
		table.setComplete(true);
		document.add(table);
	}

	/** Non-members are shown, not judged: marked † as in the rank column, never "yes" or "no". */
	private String verdict(AllyYear row) {
		return switch (row.verdict()) {
			case NO_FIGURE -> ReportText.MISSING;
			case NOT_MEMBER -> "†";
			case MEETS -> text.get("report.yes");
			case BELOW -> text.get("report.no");
		};
	}

	private static PdfPCell cell(String text, Font font, int align) {
		PdfPCell cell = new PdfPCell(new Phrase(text, font));
		cell.setHorizontalAlignment(align);
		cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
		cell.setPaddingTop(1.5f);
		cell.setPaddingBottom(3f);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(new Color(0xdd, 0xdd, 0xdd));
		return cell;
	}

	private static PdfPCell shaded(PdfPCell cell, @Nullable Color background) {
		if (background != null) {
			cell.setBackgroundColor(background);
		}
		return cell;
	}

}
