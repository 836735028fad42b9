package org.pledgewatch.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.CountryHistory;
import org.pledgewatch.compliance.Trend;
import org.pledgewatch.compliance.YearCompliance;
import org.pledgewatch.compliance.YearSummary;
import org.pledgewatch.report.CsvSheet.Fixed;

/**
 * A chart's figures as a table for a spreadsheet: column names in the reader's language, shares with two decimals as
 * NATO prints them and, in the next column, unrounded.
 */
final class ChartTables {

	/** Column names and rows, cells as {@link CsvSheet} writes them. */
	record ChartTable(List<String> header, List<List<?>> rows) {
	}

	private final ComplianceModel model;

	private final ReportText text;

	ChartTables(ComplianceModel model, ReportText text) {
		this.model = model;
		this.text = text;
	}

	/** The first line: the source and version, in the reader's language; for a year's chart, whether it is partial. */
	String sourceLine(ChartRequest request) {
		String line = text.get("chart.csv.source", ReportSources.cited(model.citation()), model.citation().version());
		if (request.kind() == ChartKind.SHARES || request.kind() == ChartKind.MAP) {
			YearSummary summary = model.summary(request.year(), request.target(), request.iso3());
			if (!summary.complete()) {
				line = line + " " + text.partialNote(summary);
			}
		}
		return line;
	}

	ChartTable table(ChartRequest request) {
		String target = text.target(request.target().pctValue());
		return switch (request.kind()) {
			case SHARES, MAP -> allies(model.year(request.year(), request.target()), target);
			case HISTORY -> history(model.country(request.iso3(), request.target()), target);
			case SPENDING -> spending(model.country(request.iso3(), request.target()));
			case MEETING -> meeting(model.trend(request.target()), model.country(request.iso3(), request.target()),
					target);
		};
	}

	private ChartTable allies(YearCompliance year, String target) {
		List<String> header = List.of(text.get("report.col.ally"), text.get("chart.csv.iso3"),
				text.get("report.col.year"), text.get("chart.csv.share"), text.get("chart.csv.shareUnrounded"),
				text.get("chart.csv.target"), text.get("report.col.meets", target), text.get("report.col.rank"),
				text.get("chart.csv.estimate"), text.get("chart.csv.member"));
		List<List<?>> rows = new ArrayList<>();
		for (AllyYear row : year.rows()) {
			RequestBudget.check();
			rows.add(Arrays.asList(text.country(row), row.iso3(), row.year(), new Fixed(row.shareOfGdpPctRounded(), 2),
					row.shareOfGdpPct(), year.targetPct(), yesNo(row.meetsTarget()), row.rank(),
					yesNo(row.estimate()), yesNo(row.member())));
		}
		return new ChartTable(header, rows);
	}

	private ChartTable history(CountryHistory history, String target) {
		String name = text.country(history.iso3(), history.country());
		Map<Integer, Double> medians = new HashMap<>();
		history.allianceMedians().forEach(m -> medians.put(m.year(), m.medianShareOfGdpPct()));
		List<String> header = List.of(text.get("report.col.year"), text.get("chart.csv.allyShare", name),
				text.get("chart.csv.allyShareUnrounded", name), text.get("chart.csv.median"), text.get("chart.csv.target"),
				text.get("report.col.meets", target), text.get("chart.csv.estimate"));
		List<List<?>> rows = new ArrayList<>();
		for (AllyYear row : history.rows()) {
			RequestBudget.check();
			Double median = medians.get(row.year());
			rows.add(Arrays.asList(row.year(), new Fixed(row.shareOfGdpPctRounded(), 2), row.shareOfGdpPct(),
					new Fixed(median, 2), history.targetPct(), yesNo(row.meetsTarget()),
					yesNo(row.estimate())));
		}
		return new ChartTable(header, rows);
	}

	private ChartTable spending(CountryHistory history) {
		String name = text.country(history.iso3(), history.country());
		List<String> header = List.of(text.get("report.col.year"), text.get("chart.csv.spending", name),
				text.get("chart.csv.estimate"));
		List<List<?>> rows = new ArrayList<>();
		for (AllyYear row : history.rows()) {
			RequestBudget.check();
			rows.add(Arrays.asList(row.year(), row.defenceExpenditureMusd(), yesNo(row.estimate())));
		}
		return new ChartTable(header, rows);
	}

	private ChartTable meeting(Trend trend, CountryHistory highlight, String target) {
		String name = text.country(highlight.iso3(), highlight.country());
		List<String> header = List.of(text.get("report.col.year"), text.get("chart.label.meeting"),
				text.get("chart.label.reporting"), text.get("chart.csv.complete"),
				text.get("chart.csv.highlightMeets", name, target));
		List<List<?>> rows = new ArrayList<>();
		for (Trend.TrendYear year : trend.years()) {
			RequestBudget.check();
			Boolean meets = highlight.rows().stream().filter(r -> r.year() == year.year()).findFirst()
				.map(AllyYear::meetsTarget).orElse(null);
			rows.add(Arrays.asList(year.year(), year.alliesMeetingTarget(), year.alliesReporting(),
					yesNo(year.complete()), yesNo(meets)));
		}
		return new ChartTable(header, rows);
	}

	private @Nullable String yesNo(@Nullable Boolean value) {
		return value == null ? null : text.get(value ? "chart.csv.yes" : "chart.csv.no");
	}

}
