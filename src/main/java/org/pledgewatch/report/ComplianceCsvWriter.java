package org.pledgewatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.YearCompliance;
import org.springframework.http.MediaType;

/**
 * The computed compliance table of one year as CSV, one row per ally, numbers unrounded, missing cells empty. Text
 * cells are neutralised against formula injection in every dialect.
 * <p>
 * The first line cites the dataset version ({@link ReportSources#csvLine}) as one quoted field, so that a spreadsheet
 * shows the whole citation in cell A1 however many commas or semicolons the source has, and the column names follow on
 * the second line: a script skips one line ({@code pandas.read_csv(f, skiprows=1)}). Columns added after the first
 * release come last, so scripts that read columns by position keep working.
 */
public final class ComplianceCsvWriter implements ReportWriter {

	static final String[] HEADER = { "country", "iso3", "year", "member", "estimate", "defence_expenditure_musd",
			"gdp_musd", "share_of_gdp_pct", "share_of_gdp_pct_rounded", "target_pct", "meets_target",
			"gap_to_target_musd", "rank", "spending_change_pct", "per_capita_usd", "published_share_of_gdp_pct",
			"computed_share_of_gdp_pct", "share_source", "real_change_pct", "gap_to_target_pts" };

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final CsvDialect dialect;

	public ComplianceCsvWriter() {
		this(CsvDialect.STANDARD);
	}

	ComplianceCsvWriter(CsvDialect dialect) {
		this.dialect = dialect;
	}

	@Override
	public MediaType mediaType() {
		return CSV;
	}

	@Override
	public String fileSuffix() {
		return dialect.fileSuffix();
	}

	@Override
	public void write(ComplianceReport report, OutputStream out) throws IOException {
		if (dialect.byteOrderMark()) {
			out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		}
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		write(report, writer);
		writer.flush();
	}

	private void write(ComplianceReport report, Writer out) {
		YearCompliance compliance = report.compliance();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(dialect.delimiter())
			.setRecordSeparator(dialect.recordSeparator())
			.setHeader(HEADER)
			.get();
		try {
			out.write(quoted(ReportSources.csvLine(report.dataset(), report.moneyFigures())));
			out.write(dialect.recordSeparator());
			CSVPrinter printer = new CSVPrinter(out, format);
			for (AllyYear row : compliance.rows()) {
				printer.printRecord(SpreadsheetText.neutralise(row.country()), SpreadsheetText.neutralise(row.iso3()),
						row.year(), row.member(), row.estimate(), plain(row.defenceExpenditureMusd()),
						plain(row.gdpMusd()), plain(row.shareOfGdpPct()), plain(row.shareOfGdpPctRounded()),
						plain(compliance.targetPct()), text(row.meetsTarget()), plain(row.gapToTargetMusd()),
						text(row.rank()), plain(row.spendingChangePct()), plain(row.perCapitaUsd()),
						plain(row.publishedShareOfGdpPct()), plain(row.computedShareOfGdpPct()), text(row.shareSource()),
						plain(row.realChangePct()), plain(row.gapToTargetPts()));
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Always quoted, quotes doubled (RFC 4180): one cell in every dialect, never read as a formula or a comment. */
	private static String quoted(String text) {
		return '"' + text.replace("\"", "\"\"") + '"';
	}

	/** Plain decimal notation: spreadsheets misread exponents such as 2.1E7. */
	private String plain(@Nullable Double value) {
		return value == null ? "" : dialect.number(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

}
