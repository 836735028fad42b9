package org.pledgewatch.report;

import java.awt.Color;
import java.awt.Paint;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.compliance.Trend;

/**
 * How many allies meet the target each year, beside how many report a figure. The years in which the highlighted ally
 * meets the target have their "meeting" bar in the ally's colour, so the legend names it. Partial years say so.
 */
final class MeetingBarChart {

	private MeetingBarChart() {
	}

	/**
	 * @param highlightMeets per year of the trend, whether the highlighted ally meets the target that year
	 */
	static JFreeChart create(Trend trend, List<Boolean> highlightMeets, String highlightName, ReportText text) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		String meeting = text.get("chart.label.meeting");
		String reporting = text.get("chart.label.reporting");
		for (Trend.TrendYear year : trend.years()) {
			RequestBudget.check();
			String label = year.year() + (year.complete() ? "" : " (" + text.get("chart.label.partial") + ")");
			data.addValue(year.alliesMeetingTarget(), meeting, label);
			data.addValue(year.alliesReporting(), reporting, label);
		}
		CategoryAxis years = new CategoryAxis(text.get("report.col.year"));
		NumberAxis allies = new NumberAxis(text.get("chart.image.allies"));
		allies.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		allies.setUpperMargin(0.1);
		ChartLook.type(7f, years, allies);
		BarRenderer renderer = new BarRenderer() {
			@Override
			public Paint getItemPaint(int row, int column) {
				if (row == 1) {
					return AlliesBarChart.BELOW;
				}
				return highlightMeets.get(column) ? AlliesBarChart.HIGHLIGHT : AlliesBarChart.MEETS;
			}
		};
		ChartLook.flat(renderer);
		renderer.setItemMargin(0.02);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", text.chartFormat(0, false)));
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(PdfFonts.chartFont(false, 6.5f));
		CategoryPlot plot = new CategoryPlot(data, years, allies, renderer);
		ChartLook.plain(plot);
		LegendItemCollection legend = new LegendItemCollection();
		legend.add(new LegendItem(meeting, AlliesBarChart.MEETS));
		legend.add(new LegendItem(text.get("chart.image.highlightMeets", highlightName), AlliesBarChart.HIGHLIGHT));
		legend.add(new LegendItem(reporting, AlliesBarChart.BELOW));
		plot.setFixedLegendItems(legend);
		JFreeChart chart = new JFreeChart(null, PdfFonts.chartFont(true, 10), plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		chart.getLegend().setItemFont(PdfFonts.chartFont(false, 7.5f));
		chart.getLegend().setFrame(BlockBorder.NONE);
		return chart;
	}

}
