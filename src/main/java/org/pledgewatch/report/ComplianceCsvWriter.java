package org.pledgewatch.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

	/** English, like the column names: a partial year's counts in the first line. */
	private final ReportText english;

	ComplianceCsvWriter(CsvDialect dialect, ReportText english) {
		this.dialect = dialect;
		this.english = english;
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
		YearCompliance compliance = report.compliance();
		List<List<?>> rows = new ArrayList<>();
		for (AllyYear row : compliance.rows()) {
			rows.add(Arrays.asList(row.country(), row.iso3(), row.year(), row.member(), row.estimate(),
					row.defenceExpenditureMusd(), row.gdpMusd(), row.shareOfGdpPct(), row.shareOfGdpPctRounded(),
					compliance.targetPct(), row.meetsTarget(), row.gapToTargetMusd(), row.rank(),
					row.spendingChangePct(), row.perCapitaUsd(), row.publishedShareOfGdpPct(),
					row.computedShareOfGdpPct(), row.shareSource(), row.realChangePct(), row.gapToTargetPts()));
		}
		new CsvSheet(dialect).write(out, ReportSources.csvLine(report.dataset(), report.moneyFigures(), report.summary(), english),
				List.of(HEADER), rows);
	}

}
