package org.pledgewatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.CountryHistory;
import org.pledgewatch.compliance.YearCompliance;
import org.springframework.http.MediaType;

/**
 * The spreadsheet: the chosen year, the full time series, the highlighted ally, and sources with definitions. Numbers
 * are stored as numbers with number formats; missing values are empty cells; text is neutralised against formulas.
 */
final class ComplianceXlsxWriter implements ReportWriter {

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private static final String HEADER_FILL = "E8ECF2";

	private final ReportText text;

	ComplianceXlsxWriter(ReportText text) {
		this.text = text;
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
		table(workbook.newWorksheet(yearSheet), columns, report.compliance().rows());
		List<AllyYear> series = new ArrayList<>();
		report.series().stream().map(YearCompliance::rows).forEach(series::addAll);
		table(workbook.newWorksheet(seriesSheet), columns, series);
		CountryHistory history = report.highlight();
		if (history != null) {
			List<XlsxColumn> withMedian = new ArrayList<>(columns);
			withMedian.add(XlsxColumn.number(text.get("report.xlsx.col.median"), 12, XlsxColumn.PCT,
					row -> median(history, row.year())));
			String name = sheetName(text.country(history.iso3(), history.country()), history.iso3());
			table(workbook.newWorksheet(List.of(yearSheet, seriesSheet, sourcesSheet).stream()
				.anyMatch(name::equalsIgnoreCase) ? history.iso3() : name), withMedian, history.rows());
		}
		new XlsxSourcesSheet(text).write(workbook.newWorksheet(sourcesSheet), report, columns);
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

	private static void table(Worksheet sheet, List<XlsxColumn> columns, List<AllyYear> rows) {
		for (int c = 0; c < columns.size(); c++) {
			XlsxColumn column = columns.get(c);
			sheet.value(0, c, column.header());
			sheet.style(0, c).bold().wrapText(true).fillColor(HEADER_FILL).set();
			sheet.width(c, column.width());
		}
		for (int r = 0; r < rows.size(); r++) {
			for (int c = 0; c < columns.size(); c++) {
				XlsxColumn column = columns.get(c);
				cell(sheet, r + 1, c, column.value().apply(rows.get(r)), column.format());
			}
		}
		sheet.freezePane(1, 1);
		sheet.setAutoFilter(0, 0, columns.size() - 1);
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
