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
 */
public final class ComplianceCsvWriter implements ReportWriter {

	static final String[] HEADER = { "country", "iso3", "year", "member", "estimate", "defence_expenditure_musd",
			"gdp_musd", "share_of_gdp_pct", "share_of_gdp_pct_rounded", "target_pct", "meets_target",
			"gap_to_target_musd", "rank", "spending_change_pct", "per_capita_usd" };

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
		write(report.compliance(), writer);
		writer.flush();
	}

	public void write(YearCompliance compliance, Writer out) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(dialect.delimiter())
			.setRecordSeparator(dialect.recordSeparator())
			.setHeader(HEADER)
			.get();
		try {
			CSVPrinter printer = new CSVPrinter(out, format);
			for (AllyYear row : compliance.rows()) {
				printer.printRecord(SpreadsheetText.neutralise(row.country()), SpreadsheetText.neutralise(row.iso3()),
						row.year(), row.member(), row.estimate(), plain(row.defenceExpenditureMusd()),
						plain(row.gdpMusd()), plain(row.shareOfGdpPct()), plain(row.shareOfGdpPctRounded()),
						plain(compliance.targetPct()), text(row.meetsTarget()), plain(row.gapToTargetMusd()),
						text(row.rank()), plain(row.spendingChangePct()), plain(row.perCapitaUsd()));
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Plain decimal notation: spreadsheets misread exponents such as 2.1E7. */
	private String plain(@Nullable Double value) {
		return value == null ? "" : dialect.number(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

}
