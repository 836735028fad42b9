package org.pledgewatch.report;

import java.util.List;

import org.dhatim.fastexcel.Worksheet;
import org.pledgewatch.compliance.Revision;
import org.pledgewatch.dataset.DatasetCitation;

/**
 * The "Revisions" sheet: every ally-year whose printed share the version revised since the previous published edition
 * of the same publisher, that edition's share beside this one's, as numbers.
 */
final class XlsxRevisionsSheet {

	private static final String SHARE = "0.00";

	private final ReportText text;

	XlsxRevisionsSheet(ReportText text) {
		this.text = text;
	}

	void write(Worksheet sheet, ComplianceReport report, DatasetCitation previous) {
		List<Revision> revisions = report.revisions().revisions();
		String shown = text.edition(report.dataset());
		String before = text.edition(previous);
		sheet.width(0, 24);
		sheet.width(2, 20);
		sheet.width(3, 20);
		sheet.width(4, 18);
		sheet.value(0, 0, SpreadsheetText.neutralise(revisions.isEmpty()
				? text.message("report.revisions.none", shown, before, String.valueOf(previous.version()))
				: text.message("report.revisions.note", shown, revisions.size(), before,
						String.valueOf(previous.version()))));
		List<String> titles = List.of(text.get("report.revisions.col.ally"), text.get("report.col.year"),
				text.get("report.revisions.col.previous"), text.get("report.revisions.col.shown"),
				text.get("report.revisions.col.change"));
		for (int c = 0; c < titles.size(); c++) {
			sheet.value(2, c, titles.get(c));
			sheet.style(2, c).bold().set();
		}
		int row = 3;
		for (Revision revision : revisions) {
			sheet.value(row, 0, SpreadsheetText.neutralise(text.country(revision.iso3(), revision.country())));
			sheet.value(row, 1, revision.year());
			ComplianceXlsxWriter.cell(sheet, row, 2, revision.previous(), SHARE);
			ComplianceXlsxWriter.cell(sheet, row, 3, revision.shown(), SHARE);
			ComplianceXlsxWriter.cell(sheet, row, 4, revision.shown().subtract(revision.previous()), "+0.00;-0.00;0.00");
			row++;
		}
	}

}
