package org.pledgewatch.report;

import java.util.List;

import org.dhatim.fastexcel.Worksheet;

/** Where the figures come from, which version they are, and what each column means. */
final class XlsxSourcesSheet {

	void write(Worksheet sheet, ComplianceReport report, List<XlsxColumn> columns) {
		sheet.width(0, 34);
		sheet.width(1, 110);
		int row = 0;
		row = pair(sheet, row, "Report", "NATO allies' defence expenditure against the "
				+ Figures.target(report.targetPct()) + " target, " + report.year());
		row = pair(sheet, row, "Dataset version", report.datasetVersion());
		row = pair(sheet, row, "Generated on", report.generatedOn().toString());
		row = pair(sheet, row, "Year", report.year());
		row = pair(sheet, row, "Target (% of GDP)", report.targetPct());
		row = pair(sheet, row, "Source", ReportSources.PUBLICATION);
		row = pair(sheet, row, "Source URL", ReportSources.URL);
		row = pair(sheet, row, "Population", ReportSources.POPULATION);
		row++;
		sheet.value(row, 0, "Definitions");
		sheet.style(row, 0).bold().set();
		row++;
		for (String definition : ReportSources.DEFINITIONS) {
			int colon = definition.indexOf(':');
			row = pair(sheet, row, definition.substring(0, colon), definition.substring(colon + 1).strip());
		}
		row++;
		sheet.value(row, 0, "Columns");
		sheet.style(row, 0).bold().set();
		row++;
		for (XlsxColumn column : columns) {
			row = pair(sheet, row, column.header(), column.format() == null ? "text or TRUE/FALSE; empty when missing"
					: "number (format " + column.format() + "); empty when missing");
		}
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
