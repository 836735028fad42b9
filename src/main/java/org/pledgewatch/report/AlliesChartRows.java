package org.pledgewatch.report;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.YearCompliance;

/**
 * Which allies the shares chart draws, so that its image has the same size and costs the same work however many allies
 * a dataset holds: every ally with a figure when there are at most {@value #MAX_BARS} (NATO has 32); otherwise the
 * {@value #END} highest and the {@value #END} lowest shares, and the highlighted ally wherever it ranks, with a row
 * between them counting the allies left out. The chart says so under it ({@link #notes}); the chart's CSV keeps every
 * ally. Allies without a figure get no bar in any case; the first {@value #MAX_NAMED} are named under the chart, and the
 * highlighted ally whatever its place.
 *
 * @param rows highest share first, as the year lists them: bars, and gaps where allies are left out
 * @param reporting how many allies have a figure that year (the bars the chart would need to draw them all)
 * @param highlightBetween whether the highlighted ally is drawn only because it is highlighted (it ranks between the
 * highest and the lowest shares drawn)
 * @param silentNamed the allies without a figure named under the chart
 * @param silent how many allies have no figure that year
 */
record AlliesChartRows(List<Row> rows, int reporting, boolean highlightBetween, List<AllyYear> silentNamed,
		int silent) {

	/** As many bars as the allies table has rows on a page. */
	static final int MAX_BARS = 100;

	/** The highest and the lowest shares drawn when not every ally can be. */
	static final int END = MAX_BARS / 2;

	/** Allies without a figure named under the chart; the others are counted. */
	static final int MAX_NAMED = 20;

	AlliesChartRows {
		rows = List.copyOf(rows);
		silentNamed = List.copyOf(silentNamed);
	}

	/**
	 * A bar for {@code ally}, or ({@code ally} null) a gap standing for {@code leftOut} allies not drawn.
	 */
	record Row(@Nullable AllyYear ally, int leftOut) {
	}

	/** The rows the shares chart draws for {@code year}, under the rule above. */
	static AlliesChartRows of(YearCompliance year, String highlightIso3) {
		return select(year, highlightIso3, MAX_BARS);
	}

	private static AlliesChartRows select(YearCompliance year, String highlightIso3, int maxBars) {
		List<AllyYear> reported = new ArrayList<>();
		List<AllyYear> silentNamed = new ArrayList<>();
		int silent = 0;
		int highlight = -1;
		for (AllyYear row : year.rows()) {
			RequestBudget.check();
			if (row.reported()) {
				if (row.iso3().equals(highlightIso3)) {
					highlight = reported.size();
				}
				reported.add(row);
			}
			else if (silent++ < MAX_NAMED || row.iso3().equals(highlightIso3)) {
				silentNamed.add(row);
			}
		}
		int count = reported.size();
		if (count <= maxBars) {
			List<Row> rows = new ArrayList<>(count);
			for (AllyYear row : reported) {
				rows.add(new Row(row, 0));
			}
			return new AlliesChartRows(rows, count, false, silentNamed, silent);
		}
		boolean between = highlight >= END && highlight < count - END;
		List<Row> rows = new ArrayList<>();
		int next = 0;
		for (int kept : kept(count, between ? highlight : -1)) {
			RequestBudget.check();
			if (kept > next) {
				rows.add(new Row(null, kept - next));
			}
			rows.add(new Row(reported.get(kept), 0));
			next = kept + 1;
		}
		return new AlliesChartRows(rows, count, between, silentNamed, silent);
	}

	/** Positions kept out of {@code count}, in order: both ends and, when not -1, {@code between}. */
	private static List<Integer> kept(int count, int between) {
		List<Integer> kept = new ArrayList<>(MAX_BARS + 1);
		for (int i = 0; i < END; i++) {
			kept.add(i);
		}
		if (between >= 0) {
			kept.add(between);
		}
		for (int i = count - END; i < count; i++) {
			kept.add(i);
		}
		return kept;
	}

	/** The allies drawn as bars, highest share first. */
	List<AllyYear> bars() {
		return rows.stream().map(Row::ally).filter(a -> a != null).toList();
	}

	/** Whether every ally with a figure has its bar. */
	boolean complete() {
		return rows.size() == reporting;
	}

	/**
	 * What a reader must know about the allies not drawn, in the reader's language: how many of the allies with a
	 * figure are drawn and which (only when not all), then the allies without a figure.
	 *
	 * @param highlightName the highlighted ally's name in the reader's language
	 */
	List<String> notes(ReportText text, String highlightName) {
		List<String> notes = new ArrayList<>();
		if (!complete()) {
			int drawn = bars().size();
			notes.add(highlightBetween
					? text.message("chart.image.barsDrawnHighlight", drawn, reporting, END, highlightName)
					: text.message("chart.image.barsDrawn", drawn, reporting, END));
		}
		if (silent > 0) {
			List<String> names = new ArrayList<>();
			for (AllyYear row : silentNamed) {
				names.add(text.country(row));
			}
			String named = String.join(", ", names);
			if (silent > names.size()) {
				named = text.message("chart.image.namesAndMore", named, silent - names.size());
			}
			notes.add(text.get("report.allies.notShown", text.get("report.noExpenditure"), named, text.target(0)));
		}
		return notes;
	}

}
