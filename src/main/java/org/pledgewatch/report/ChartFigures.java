package org.pledgewatch.report;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.CountryHistory;
import org.pledgewatch.compliance.Highlight;
import org.pledgewatch.compliance.Trend;
import org.pledgewatch.compliance.Verdict;
import org.pledgewatch.compliance.YearCompliance;
import org.pledgewatch.compliance.YearSummary;
import org.pledgewatch.dataset.DatasetCitation;

/**
 * Builds the {@link ChartFigure} of a chart: the same charts the PDF draws (and the map), with a title, a subtitle
 * naming the year and target, and the citation of the version the figures come from.
 */
final class ChartFigures {

	static final int WIDTH = 820;

	private final ComplianceModel model;

	private final ReportText text;

	ChartFigures(ComplianceModel model, ReportText text) {
		this.model = model;
		this.text = text;
	}

	ChartFigure figure(ChartRequest request) {
		String target = text.target(request.target().pctValue());
		String years = model.yearSpan();
		return switch (request.kind()) {
			case SHARES -> {
				// The one year and its summary only: a shares chart needs no other year of the dataset.
				YearCompliance year = model.year(request.year(), request.target());
				YearSummary summary = model.summary(request.year(), request.target(), request.iso3());
				Highlight highlight = summary.highlight();
				AlliesChartRows rows = AlliesChartRows.of(year, highlight.iso3());
				List<String> notes = new ArrayList<>(partial(summary));
				notes.addAll(rows.notes(text, text.country(highlight.iso3(), highlight.country())));
				yield figure(request, text.message("chart.shares.title", request.year()),
						text.get("chart.image.subtitle.year", request.year(), target),
						AlliesBarChart.create(year, highlight, rows, text)::draw, 270 + rows.rows().size() * 19,
						notes);
			}
			case HISTORY -> {
				CountryHistory history = model.country(request.iso3(), request.target());
				yield figure(request, text.get("chart.trend.title", name(history), years),
						text.get("chart.image.subtitle.years", years, target),
						HistoryLineChart.create(history, text)::draw, 580);
			}
			case SPENDING -> {
				CountryHistory history = model.country(request.iso3(), request.target());
				boolean money = history.rows().stream().anyMatch(r -> r.defenceExpenditureMusd() != null);
				yield figure(request, text.get("chart.spending.title", name(history)),
						text.get("chart.image.subtitle.spending", years),
						money ? SpendingBarChart.create(history, text)::draw : message(text.get("notAvailable.money")),
						money ? 560 : 300);
			}
			case MEETING -> {
				Trend trend = model.trend(request.target());
				CountryHistory history = model.country(request.iso3(), request.target());
				List<Boolean> highlightMeets = new ArrayList<>();
				for (Trend.TrendYear year : trend.years()) {
					RequestBudget.check();
					highlightMeets.add(history.rows().stream()
						.anyMatch(r -> r.year() == year.year() && r.verdict() == Verdict.MEETS));
				}
				String name = name(history);
				yield figure(request, text.get("chart.meeting.title", target),
						text.get("chart.image.subtitle.years", years, target),
						MeetingBarChart.create(trend, highlightMeets, name, text)::draw, 580);
			}
			case MAP -> figure(request, text.message("map.title", request.year()),
					text.get("chart.image.subtitle.year", request.year(), target),
					new AlliesMapChart(model.year(request.year(), request.target()), request.iso3(), text), 600,
					withPartial(model.summary(request.year(), request.target(), request.iso3()),
							text.get("map.boundaries")));
		};
	}

	/** A partial year's counts, first among the notes: "2026 is a partial year: 8 of 32 allies have reported; …". */
	private List<String> partial(YearSummary summary) {
		return summary.complete() ? List.of() : List.of(text.partialNote(summary));
	}

	private List<String> withPartial(YearSummary summary, String note) {
		List<String> notes = new ArrayList<>(partial(summary));
		notes.add(note);
		return notes;
	}

	private String name(CountryHistory history) {
		return text.country(history.iso3(), history.country());
	}

	private ChartFigure figure(ChartRequest request, String title, String subtitle, ChartBody body, int height) {
		return figure(request, title, subtitle, body, height, List.of());
	}

	/** @param notes what a reader of the chart must know (allies not drawn), printed above the source */
	private ChartFigure figure(ChartRequest request, String title, String subtitle, ChartBody body, int height,
			List<String> notes) {
		DatasetCitation citation = model.citation();
		String version = citation.dataAsOf() == null
				? text.get("chart.image.version", citation.version(), text.date(request.today()))
				: text.get("chart.image.versionAsOf", citation.version(), text.date(citation.dataAsOf()),
						text.date(request.today()));
		List<String> footer = new ArrayList<>(notes);
		footer.add(text.get("chart.image.source", ReportSources.cited(citation)));
		footer.add(version);
		return new ChartFigure(title, subtitle, body, footer, WIDTH, height);
	}

	/** A body that says why there is no chart. */
	private static ChartBody message(String sentence) {
		return (Graphics2D g, Rectangle2D area) -> {
			g.setPaint(Color.DARK_GRAY);
			g.setFont(PdfFonts.chartFont(false, 9));
			double y = area.getY() + 30;
			for (String line : ChartFigure.wrap(g.getFontMetrics(), sentence, area.getWidth() - 20, 4)) {
				g.drawString(line, (float) area.getX() + 10, (float) y);
				y += 13;
			}
		};
	}

}
