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

	/** The columns every ally-year sheet shares, in the order of the CSV. */
	static List<XlsxColumn> allyYear() {
		return List.of(text("Country", 22, AllyYear::country), text("ISO3", 7, AllyYear::iso3),
				number("Year", 7, "0", AllyYear::year), text("Member that year", 9, AllyYear::member),
				text("NATO estimate", 9, AllyYear::estimate),
				number("Defence expenditure (million USD, current)", 16, MUSD, AllyYear::defenceExpenditureMusd),
				number("GDP (million USD, current)", 16, MUSD, AllyYear::gdpMusd),
				number("Share of GDP (%)", 10, "0.0000", AllyYear::shareOfGdpPct),
				number("Share of GDP, rounded as NATO publishes (%)", 12, PCT, AllyYear::shareOfGdpPctRounded),
				text("Meets target", 9, AllyYear::meetsTarget),
				number("Gap to target (million USD)", 14, MUSD, AllyYear::gapToTargetMusd),
				number("Rank among members", 9, "0", AllyYear::rank),
				number("Spending change on previous year (%)", 12, "0.0", AllyYear::spendingChangePct),
				number("Defence expenditure per capita (USD)", 12, "#,##0", AllyYear::perCapitaUsd),
				number("Population (thousands)", 12, "#,##0.0", AllyYear::populationThousands),
				number("Military personnel (thousands)", 12, "#,##0.0", AllyYear::militaryPersonnelThousands),
				number("Equipment share of defence expenditure (%)", 12, PCT, AllyYear::equipmentSharePct));
	}

}
