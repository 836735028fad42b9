package org.pledgewatch.report;

import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.AllyYear;

/**
 * One column of an XLSX sheet of ally-years: its header (with the unit), width, number format and value. Values are
 * numbers, booleans or text; {@code null} leaves the cell empty.
 */
record XlsxColumn(String header, double width, @Nullable String format, Function<AllyYear, @Nullable Object> value) {

	static final String MUSD = "#,##0.0";

	static final String PCT = "0.00";

	static XlsxColumn text(String header, double width, Function<AllyYear, @Nullable Object> value) {
		return new XlsxColumn(header, width, null, value);
	}

	static XlsxColumn number(String header, double width, String format, Function<AllyYear, @Nullable Object> value) {
		return new XlsxColumn(header, width, format, value);
	}

	/**
	 * The columns every ally-year sheet shares, in the order of the CSV (columns added later come last), headed in the
	 * report's language. Without money figures (a shares-only edition) the money columns stay, empty, so that columns
	 * keep their places, and their headers say the edition does not give them.
	 */
	static List<XlsxColumn> allyYear(ReportText text, boolean money) {
		String absent = money ? "" : " – " + text.get("report.notAvailable");
		return List.of(text(text.get("report.xlsx.col.country"), 22, text::country),
				text(text.get("report.xlsx.col.iso3"), 7, AllyYear::iso3),
				number(text.get("report.col.year"), 7, "0", AllyYear::year),
				text(text.get("report.xlsx.col.member"), 9, AllyYear::member),
				text(text.get("report.xlsx.col.estimate"), 9, AllyYear::estimate),
				number(text.get("report.xlsx.col.spending") + absent, 16, MUSD, AllyYear::defenceExpenditureMusd),
				number(text.get("report.xlsx.col.gdp") + absent, 16, MUSD, AllyYear::gdpMusd),
				// Unrounded, and labelled so: a format with fixed decimals would round it again in the reader's face.
				number(text.get("chart.csv.shareUnrounded"), 12, "0.##########", AllyYear::shareOfGdpPct),
				number(text.get("report.xlsx.col.shareRounded"), 12, PCT, AllyYear::shareOfGdpPctRounded),
				text(text.get("report.xlsx.col.meets"), 9, AllyYear::meetsTarget),
				number(text.get("report.xlsx.col.gap") + absent, 14, MUSD, AllyYear::gapToTargetMusd),
				number(text.get("report.xlsx.col.rank"), 9, "0", AllyYear::rank),
				number(text.get("report.xlsx.col.change") + absent, 12, "0.0", AllyYear::spendingChangePct),
				number(text.get("report.xlsx.col.perCapita") + absent, 12, "#,##0", AllyYear::perCapitaUsd),
				number(text.get("report.xlsx.col.population"), 12, "#,##0.0", AllyYear::populationThousands),
				number(text.get("report.xlsx.col.personnel"), 12, "#,##0.0", AllyYear::militaryPersonnelThousands),
				number(text.get("report.xlsx.col.equipment"), 12, PCT, AllyYear::equipmentSharePct),
				number(text.get("report.xlsx.col.publishedShare"), 12, PCT, AllyYear::publishedShareOfGdpPct),
				number(text.get("report.xlsx.col.computedShare"), 12, PCT, AllyYear::computedShareOfGdpPct),
				text(text.get("report.xlsx.col.shareSource"), 11,
						row -> row.shareSource() == null ? null : text.get("report.xlsx.shareSource." + row.shareSource())),
				number(text.get("report.xlsx.col.realChange"), 12, "0.0", AllyYear::realChangePct),
				number(text.get("report.xlsx.col.gapPts"), 12, PCT, AllyYear::gapToTargetPts));
	}

}
