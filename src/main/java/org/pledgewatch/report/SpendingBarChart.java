package org.pledgewatch.report;

import java.awt.Color;
import java.awt.Paint;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.CountryHistory;

/**
 * One ally's defence expenditure per year in million US dollars (current prices); estimates in a lighter shade, years
 * without a figure left empty (never 0).
 */
final class SpendingBarChart {

	private static final Color ESTIMATE = new Color(0xF0, 0xA8, 0x70);

	private SpendingBarChart() {
	}

	static JFreeChart create(CountryHistory history, ReportText text) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String series = text.get("chart.image.spendingSeries", text.country(history.iso3(), history.country()));
		for (AllyYear row : history.rows()) {
			RequestBudget.check();
			data.addValue(row.defenceExpenditureMusd(), series, String.valueOf(row.year()));
		}
		CategoryAxis years = new CategoryAxis(text.get("report.col.year"));
		NumberAxis musd = new NumberAxis(text.get("report.col.spending"));
		musd.setNumberFormatOverride(text.chartFormat(0, false));
		ChartLook.type(7.5f, years, musd);
		BarRenderer renderer = new BarRenderer() {
			@Override
			public Paint getItemPaint(int row, int column) {
				return history.rows().get(column).estimate() ? ESTIMATE : AlliesBarChart.HIGHLIGHT;
			}
		};
		ChartLook.flat(renderer);
		CategoryPlot plot = new CategoryPlot(data, years, musd, renderer);
		ChartLook.plain(plot);
		LegendItemCollection legend = new LegendItemCollection();
		legend.add(new LegendItem(series, AlliesBarChart.HIGHLIGHT));
		if (history.rows().stream().anyMatch(AllyYear::estimate)) {
			legend.add(new LegendItem(text.get("chart.image.estimate"), ESTIMATE));
		}
		plot.setFixedLegendItems(legend);
		JFreeChart chart = new JFreeChart(null, PdfFonts.chartFont(true, 10), plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		chart.getLegend().setItemFont(PdfFonts.chartFont(false, 7.5f));
		chart.getLegend().setFrame(BlockBorder.NONE);
		return chart;
	}

}
