package org.pledgewatch.report;

import java.io.IOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.compliance.AllyYear;

/**
 * A table of ally-years written a row at a time: rows go to the output every {@value #FLUSH_EVERY} rows, so a sheet of
 * a million rows never sits in memory, and past a sheet's last row the table goes on in a sheet named
 * "Name (2)", "Name (3)"…, each with the header row again.
 */
final class XlsxRowSheets {

	/** The data rows a sheet holds: Excel's 1,048,576 rows less the header. */
	static final int ROWS_PER_SHEET = Worksheet.MAX_ROWS - 1;

	private static final int FLUSH_EVERY = 500;

	private static final String HEADER_FILL = "E8ECF2";

	private final Workbook workbook;

	private final String name;

	private final List<XlsxColumn> columns;

	private final int rowsPerSheet;

	/** The sheet rows go to now. */
	private Worksheet sheet;

	private int sheets;

	private int row;

	/** Starts the first sheet, named {@code name}, at once: a table without rows still has its header. */
	XlsxRowSheets(Workbook workbook, String name, List<XlsxColumn> columns, int rowsPerSheet) {
		this.workbook = workbook;
		this.name = name;
		this.columns = columns;
		this.rowsPerSheet = rowsPerSheet;
		this.sheet = newSheet();
	}

	void add(AllyYear values) throws IOException {
		if (row == rowsPerSheet) {
			finish();
			sheet = newSheet();
		}
		row++;
		for (int c = 0; c < columns.size(); c++) {
			XlsxColumn column = columns.get(c);
			ComplianceXlsxWriter.cell(sheet, row, c, column.value().apply(values), column.format());
		}
		if (row % FLUSH_EVERY == 0) {
			RequestBudget.check();
			sheet.flush();
		}
	}

	void addAll(List<AllyYear> rows) throws IOException {
		for (AllyYear values : rows) {
			add(values);
		}
	}

	/** Writes the current sheet out; the workbook's next sheet may start after this. */
	void finish() throws IOException {
		sheet.setAutoFilter(0, 0, columns.size() - 1);
		sheet.finish();
	}

	private Worksheet newSheet() {
		sheets++;
		Worksheet sheet = workbook.newWorksheet(sheets == 1 ? name : continuationName(name, sheets));
		row = 0;
		for (int c = 0; c < columns.size(); c++) {
			XlsxColumn column = columns.get(c);
			sheet.value(0, c, column.header());
			sheet.style(0, c).bold().wrapText(true).fillColor(HEADER_FILL).set();
			sheet.width(c, column.width());
		}
		// Panes and widths precede the rows in the file, so they are set before the first flush.
		sheet.freezePane(1, 1);
		return sheet;
	}

	/** "Time series (2)": within Excel's 31 characters however long the first sheet's name is. */
	static String continuationName(String name, int number) {
		String suffix = " (" + number + ")";
		return name.substring(0, Math.min(name.length(), 31 - suffix.length())).strip() + suffix;
	}

}
