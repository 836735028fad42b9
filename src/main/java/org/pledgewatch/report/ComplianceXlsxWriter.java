package org.pledgewatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.CountryHistory;
import org.pledgewatch.dataset.DatasetCitation;
import org.springframework.http.MediaType;

/**
 * The spreadsheet: the chosen year, the full time series, the highlighted ally, sources with definitions and,
 * last, the revisions since the previous edition. Numbers
 * are stored as numbers with number formats; missing values are empty cells; text is neutralised against formulas.
 */
final class ComplianceXlsxWriter implements ReportWriter {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final ReportText text;

	private final int rowsPerSheet;

	ComplianceXlsxWriter(ReportText text) {
		this(text, XlsxRowSheets.ROWS_PER_SHEET);
	}

	/** {@code rowsPerSheet} below Excel's limit lets a test see a table continued on another sheet. */
	ComplianceXlsxWriter(ReportText text, int rowsPerSheet) {
		this.text = text;
		this.rowsPerSheet = rowsPerSheet;
	}

	@Override
	public MediaType mediaType() {
		return XLSX;
	}

	@Override
	public String fileSuffix() {
		return ".xlsx";
	}

	@Override
	public void write(ComplianceReport report, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Pledgewatch", "1.0");
		workbook.properties().setTitle(text.get("report.xlsx.title", report.year()))
			.setSubject(text.get("report.dataset", report.datasetVersion()) + " · " + report.dataset().source());
		List<XlsxColumn> columns = XlsxColumn.allyYear(text, report.moneyFigures());
		String yearSheet = sheetName(text.get("report.sheet.year", report.year()), "Compliance " + report.year());
		String seriesSheet = sheetName(text.get("report.sheet.series"), "Time series");
		String sourcesSheet = sheetName(text.get("report.sources.heading"), "Sources");
		XlsxRowSheets year = new XlsxRowSheets(workbook, yearSheet, columns, rowsPerSheet);
		year.addAll(report.compliance().rows());
		year.finish();
		// A year at a time: the series is computed as it is written, never held whole.
		XlsxRowSheets series = new XlsxRowSheets(workbook, seriesSheet, columns, rowsPerSheet);
		for (int y : report.series().years()) {
			series.addAll(report.series().year(y).rows());
		}
		series.finish();
		CountryHistory history = report.highlight();
		if (history != null) {
			List<XlsxColumn> withMedian = new ArrayList<>(columns);
			withMedian.add(XlsxColumn.number(text.get("report.xlsx.col.median"), 12, XlsxColumn.PCT,
					row -> median(history, row.year())));
			String name = sheetName(text.country(history.iso3(), history.country()), history.iso3());
			XlsxRowSheets highlight = new XlsxRowSheets(workbook, List.of(yearSheet, seriesSheet, sourcesSheet).stream()
				.anyMatch(name::equalsIgnoreCase) ? history.iso3() : name, withMedian, rowsPerSheet);
			highlight.addAll(history.rows());
			highlight.finish();
		}
		new XlsxSourcesSheet(text).write(workbook.newWorksheet(sourcesSheet), report, columns);
		// Last, so the sheets before it keep their places in scripts that read them by position.
		DatasetCitation previous = report.revisions().previous();
		if (previous != null) {
			new XlsxRevisionsSheet(text).write(workbook.newWorksheet(
					sheetName(text.get("report.revisions.sheet"), "Revisions")), report, previous);
		}
		workbook.finish();
	}

	/**
	 * A sheet name Excel accepts: no {@code []:*?/\}, no leading or trailing apostrophe, at most 31 characters; the
	 * fallback when nothing is left.
	 */
	static String sheetName(String wanted, String fallback) {
		String name = wanted.replaceAll("[\\[\\]:*?/\\\\]", " ").replaceAll("^'+|'+$", "").replaceAll("\\s+", " ").strip();
		if (name.isEmpty()) {
			name = fallback;
		}
		return name.length() > 31 ? name.substring(0, 31).strip() : name;
	}

	static void cell(Worksheet sheet, int row, int column, @Nullable Object value, @Nullable String format) {
		if (value instanceof Number number) {
			sheet.value(row, column, number);
			if (format != null) {
				sheet.style(row, column).format(format).set();
			}
		}
		else if (value instanceof Boolean bool) {
			sheet.value(row, column, bool);
		}
		else if (value != null) {
			sheet.value(row, column, SpreadsheetText.neutralise(value.toString()));
		}
	}

	private static @Nullable Double median(CountryHistory history, int year) {
		return history.allianceMedians().stream().filter(m -> m.year() == year).findFirst()
			.map(CountryHistory.AllianceMedian::medianShareOfGdpPct).orElse(null);
	}

}
