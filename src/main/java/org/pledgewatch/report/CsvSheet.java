package org.pledgewatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * How every download CSV is written: in a {@link CsvDialect}, the source line first as one quoted cell (cell A1 in a
 * spreadsheet, whatever commas or semicolons it holds), the column names on the second line, then the rows. Numbers are
 * written in plain notation (spreadsheets misread 2.1E7); text is neutralised against formula injection.
 */
final class CsvSheet {

	/** A number written with exactly {@code decimals} decimals, as printed ("2.00", not "2"). */
	record Fixed(@Nullable Double value, int decimals) {
	}

	private final CsvDialect dialect;

	CsvSheet(CsvDialect dialect) {
		this.dialect = dialect;
	}

	/**
	 * @param rows cells: {@code Double} (unrounded, plain), {@link Fixed}, {@code String} (neutralised), null (empty)
	 * or anything else as its {@code toString()}
	 */
	void write(OutputStream out, String sourceLine, List<String> header, Iterable<? extends List<?>> rows)
			throws IOException {
		if (dialect.byteOrderMark()) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write(quoted(sourceLine.replaceAll("[\\r\\n]+", " ")));
		writer.write(dialect.recordSeparator());
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(dialect.delimiter())
			.setRecordSeparator(dialect.recordSeparator())
			.setHeader(header.stream().map(SpreadsheetText::neutralise).toArray(String[]::new))
			.get();
		CSVPrinter printer = new CSVPrinter(writer, format);
		for (List<?> row : rows) {
			printer.printRecord(row.stream().map(this::cell).toList());
		}
		printer.flush();
		writer.flush();
	}

	private String cell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double number) {
			return plain(number);
		}
		if (value instanceof Fixed fixed) {
			return fixed.value() == null ? "" : dialect.number(
					BigDecimal.valueOf(fixed.value()).setScale(fixed.decimals(), RoundingMode.HALF_UP).toPlainString());
		}
		if (value instanceof String text) {
			return SpreadsheetText.neutralise(text);
		}
		return value.toString();
	}

	/** Plain decimal notation: spreadsheets misread exponents such as 2.1E7. */
	String plain(@Nullable Double value) {
		return value == null ? "" : dialect.number(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
	}

	/** Always quoted, quotes doubled (RFC 4180): one cell in every dialect, never read as a formula or a comment. */
	private static String quoted(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
	}

}
