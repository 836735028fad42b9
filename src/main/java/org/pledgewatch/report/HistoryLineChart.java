package org.pledgewatch.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.text.DecimalFormat;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.CountryHistory;

/**
 * The highlighted ally's share of GDP over every year, against the alliance median and the target. Estimated years are
 * drawn as hollow points labelled "(e)"; years without figures leave a gap, never a 0.
 */
final class HistoryLineChart {

	private static final Color MEDIAN = new Color(0x55, 0x55, 0x55);

	private HistoryLineChart() {
	}

	static JFreeChart create(CountryHistory history, ReportText text) {
		XYSeries ally = new XYSeries(text.get("report.chart.allyShare", text.country(history.iso3(), history.country())));
		XYSeries median = new XYSeries(text.get("report.chart.median"));
		for (AllyYear row : history.rows()) {
			RequestBudget.check();
			ally.add(row.year(), row.shareOfGdpPctRounded());
		}
		history.allianceMedians().forEach(m -> median.add(m.year(), m.medianShareOfGdpPct()));
		XYSeriesCollection data = new XYSeriesCollection();
		data.addSeries(ally);
		data.addSeries(median);

		NumberAxis years = new NumberAxis(text.get("report.col.year"));
		years.setTickUnit(new NumberTickUnit(1, new DecimalFormat("0")));
		years.setAutoRangeIncludesZero(false);
		years.setLowerMargin(0.03);
		years.setUpperMargin(0.03);
		NumberAxis share = new NumberAxis(text.get("report.chart.pctOfGdp"));
		share.setNumberFormatOverride(text.chartFormat(1, true));
		share.setAutoRangeIncludesZero(true);
		share.setUpperMargin(0.15);
		ChartLook.type(7.5f, years, share);

		Renderer renderer = new Renderer(history, text);
		XYPlot plot = new XYPlot(data, years, share, renderer);
		ChartLook.plain(plot);
		plot.setDomainGridlinePaint(new Color(0xee, 0xee, 0xee));
		ValueMarker target = new ValueMarker(history.targetPct(), AlliesBarChart.TARGET, new BasicStroke(1.2f,
				BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f }, 0f));
		target.setLabel(text.get("report.chart.target", text.target(history.targetPct())));
		target.setLabelFont(PdfFonts.chartFont(true, 7.5f));
		target.setLabelPaint(AlliesBarChart.TARGET);
		target.setLabelBackgroundColor(Color.WHITE);
		target.setLabelAnchor(RectangleAnchor.TOP_LEFT);
		target.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
		plot.addRangeMarker(target);
		JFreeChart chart = new JFreeChart(null, PdfFonts.chartFont(true, 10), plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		chart.getLegend().setItemFont(PdfFonts.chartFont(false, 7.5f));
		chart.getLegend().setFrame(BlockBorder.NONE);
		return chart;
	}

	/** Hollow points for estimates; value labels on the ally's line only. */
	private static final class Renderer extends XYLineAndShapeRenderer {

		private final transient CountryHistory history;

		Renderer(CountryHistory history, ReportText text) {
			this.history = history;
			setSeriesPaint(0, AlliesBarChart.HIGHLIGHT);
			setSeriesStroke(0, new BasicStroke(2f));
			setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
			setSeriesPaint(1, MEDIAN);
			setSeriesStroke(1, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f,
					new float[] { 2f, 2f }, 0f));
			setSeriesShapesVisible(1, false);
			setUseFillPaint(true);
			setDefaultFillPaint(Color.WHITE);
			java.text.NumberFormat share = text.chartFormat(2, false);
			setSeriesItemLabelGenerator(0, (data, series, item) -> share.format(data.getYValue(series, item))
					+ (history.rows().get(item).estimate() ? " (e)" : ""));
			setSeriesItemLabelsVisible(0, true);
			setSeriesItemLabelFont(0, PdfFonts.chartFont(false, 6.5f));
			setDrawSeriesLineAsPath(false);
		}

		@Override
		public boolean getItemShapeFilled(int series, int item) {
			return series != 0 || !history.rows().get(item).estimate();
		}

		@Override
		public java.awt.Paint getItemFillPaint(int series, int item) {
			return getItemShapeFilled(series, item) ? AlliesBarChart.HIGHLIGHT : Color.WHITE;
		}

	}

}
