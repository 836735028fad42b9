package org.pledgewatch.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.YearCompliance;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The computed compliance table of one year as CSV, one row per ally, numbers unrounded, missing cells empty. */
public final class ComplianceCsvWriter {

	static final String[] HEADER = { "country", "iso3", "year", "member", "estimate", "defence_expenditure_musd",
			"gdp_musd", "share_of_gdp_pct", "share_of_gdp_pct_rounded", "target_pct", "meets_target",
			"gap_to_target_musd", "rank", "spending_change_pct", "per_capita_usd" };

	public void write(YearCompliance compliance, Writer out) {
		CSVFormat format = CSVFormat.DEFAULT.builder().setRecordSeparator('\n').setHeader(HEADER).get();
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
	private static String plain(@Nullable Double value) {
		return value == null ? "" : java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

}
