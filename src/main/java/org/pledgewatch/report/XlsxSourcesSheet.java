package org.pledgewatch.report;

import java.util.List;

import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetCitation;

/**
 * Where the figures come from (the version's source, address, notes and cut-off date as recorded with it), which version
 * they are, and what each column means.
 */
final class XlsxSourcesSheet {

	private final ReportText text;

	XlsxSourcesSheet(ReportText text) {
		this.text = text;
	}

	void write(Worksheet sheet, ComplianceReport report, List<XlsxColumn> columns) {
		sheet.width(0, 34);
		sheet.width(1, 110);
		int row = 0;
		row = pair(sheet, row, text.get("report.xlsx.report"),
				text.get("report.title", text.target(report.targetPct()), report.year()));
		row = pair(sheet, row, text.get("report.xlsx.datasetVersion"), report.datasetVersion());
		row = pair(sheet, row, text.get("report.xlsx.generatedOn"), report.generatedOn().toString());
		row = pair(sheet, row, text.get("report.col.year"), report.year());
		if (!report.summary().complete()) {
			row = pair(sheet, row, text.get("partial.label"), text.partialNote(report.summary()));
		}
		row = pair(sheet, row, text.get("report.xlsx.target"), report.targetPct());
		DatasetCitation dataset = report.dataset();
		row = pair(sheet, row, text.get("report.xlsx.source"), dataset.source());
		row = pair(sheet, row, text.get("report.xlsx.sourceUrl"), orMissing(dataset.sourceUrl()));
		row = pair(sheet, row, text.get("report.xlsx.notes"), orMissing(dataset.notes()));
		row = pair(sheet, row, text.get("report.xlsx.dataAsOf"),
				dataset.dataAsOf() == null ? ReportText.MISSING : dataset.dataAsOf().toString());
		row = pair(sheet, row, text.get("report.xlsx.moneyFigures"),
				text.get(report.moneyFigures() ? "report.cover.money" : "report.cover.sharesOnly"));
		if (report.population()) {
			row = pair(sheet, row, text.get("report.xlsx.population"), text.get("report.sources.population"));
		}
		row++;
		sheet.value(row, 0, text.get("report.xlsx.definitions"));
		sheet.style(row, 0).bold().set();
		row++;
		for (ReportSources.Definition definition : ReportSources.definitions(text)) {
			row = pair(sheet, row, definition.label(), definition.text());
		}
		row++;
		sheet.value(row, 0, text.get("report.xlsx.columns"));
		sheet.style(row, 0).bold().set();
		row++;
		for (XlsxColumn column : columns) {
			row = pair(sheet, row, column.header(), column.format() == null ? text.get("report.xlsx.textColumn")
					: text.get("report.xlsx.numberColumn", column.format()));
		}
	}

	private static String orMissing(@Nullable String value) {
		return value == null || value.isBlank() ? ReportText.MISSING : value;
	}

	private static int pair(Worksheet sheet, int row, String label, Object value) {
		sheet.value(row, 0, SpreadsheetText.neutralise(label));
		sheet.style(row, 0).bold().set();
		if (value instanceof Number number) {
			sheet.value(row, 1, number);
			sheet.style(row, 1).format("0.##").horizontalAlignment("left").set();
		}
		else {
			sheet.value(row, 1, SpreadsheetText.neutralise(value.toString()));
			sheet.style(row, 1).wrapText(true).set();
		}
		return row + 1;
	}

}
