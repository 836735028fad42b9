package org.pledgewatch.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import java.util.ArrayList;
import java.util.List;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.pledgewatch.compliance.AllyYear;

/**
 * Every reporting ally's share of GDP in the chosen year as horizontal bars, highest first, with the target line. The
 * highlighted ally has its own colour, a black outline and a bold label; estimates carry "(e)", non-members a dagger.
 * Allies without figures get no bar (a bar of 0 would be a false statement); the PDF lists them under the chart.
 */
final class AlliesBarChart {

	// The pages' Okabe–Ito colours (charts.js), distinguishable with the common colour-vision deficiencies.
	static final Color MEETS = new Color(0x00, 0x72, 0xB2);

	static final Color BELOW = new Color(0x56, 0xB4, 0xE9);

	static final Color HIGHLIGHT = new Color(0xD5, 0x5E, 0x00);

	static final Color NON_MEMBER = new Color(0xBB, 0xBB, 0xBB);

	static final Color TARGET = Color.BLACK;

	private AlliesBarChart() {
	}

	static JFreeChart create(ComplianceReport report, ReportText text) {
		List<AllyYear> bars = report.compliance().rows().stream().filter(AllyYear::reported).toList();
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		List<String> labels = new ArrayList<>();
		for (AllyYear row : bars) {
			String label = label(row, report.highlighted(row), text);
			labels.add(label);
			data.addValue(row.shareOfGdpPctRounded(), text.get("report.col.share"), label);
		}

		CategoryAxis allies = new CategoryAxis();
		allies.setTickLabelFont(PdfFonts.chartFont(false, 7.5f));
		allies.setCategoryMargin(0.15);
		allies.setLowerMargin(0.01);
		// Room below the last bar for the target line's label, so it never sits on a bar's value.
		allies.setUpperMargin(Math.max(0.01, 1.2 / Math.max(1, bars.size())));
		NumberAxis share = new NumberAxis(text.get("report.chart.axis"));
		ChartLook.type(7.5f, share);
		share.setNumberFormatOverride(text.chartFormat(1, true));
		share.setUpperMargin(0.12);

		Renderer renderer = new Renderer(report, bars, text);
		CategoryPlot plot = new CategoryPlot(data, allies, share, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		ChartLook.plain(plot);
		plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
		plot.addRangeMarker(targetLine(report.targetPct(), text), org.jfree.chart.ui.Layer.FOREGROUND);
		plot.setFixedLegendItems(legend(report, text));
		for (int i = 0; i < bars.size(); i++) {
			if (report.highlighted(bars.get(i))) {
				allies.setTickLabelFont(labels.get(i), PdfFonts.chartFont(true, 8));
				allies.setTickLabelPaint(labels.get(i), HIGHLIGHT.darker());
			}
		}

		JFreeChart chart = new JFreeChart(null, PdfFonts.chartFont(true, 10), plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		chart.getLegend().setItemFont(PdfFonts.chartFont(false, 7.5f));
		chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
		return chart;
	}

	private static String label(AllyYear row, boolean highlighted, ReportText text) {
		return (highlighted ? "► " : "") + text.country(row) + (row.member() ? "" : " †") + (row.estimate() ? " (e)" : "");
	}

	private static ValueMarker targetLine(double targetPct, ReportText text) {
		ValueMarker marker = new ValueMarker(targetPct, TARGET, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
				BasicStroke.JOIN_MITER, 10f, new float[] { 4f, 3f }, 0f));
		marker.setLabel(text.get("report.chart.target", text.target(targetPct)));
		marker.setLabelFont(PdfFonts.chartFont(true, 7.5f));
		marker.setLabelPaint(TARGET);
		marker.setLabelBackgroundColor(Color.WHITE);
		marker.setLabelAnchor(RectangleAnchor.BOTTOM_RIGHT);
		marker.setLabelTextAnchor(TextAnchor.BOTTOM_LEFT);
		return marker;
	}

	private static LegendItemCollection legend(ComplianceReport report, ReportText text) {
		LegendItemCollection items = new LegendItemCollection();
		items.add(new LegendItem(text.get("report.chart.meets", text.target(report.targetPct())), MEETS));
		items.add(new LegendItem(text.get("report.chart.below"), BELOW));
		items.add(new LegendItem(text.get("report.chart.highlighted",
				text.country(report.summary().highlight().iso3(), report.summary().highlight().country())), HIGHLIGHT));
		if (report.compliance().rows().stream().anyMatch(r -> !r.member())) {
			items.add(new LegendItem(text.get("report.chart.nonMember"), NON_MEMBER));
		}
		return items;
	}

	/** Colours and outlines per ally rather than per series. */
	private static final class Renderer extends BarRenderer {

		private final transient ComplianceReport report;

		private final transient List<AllyYear> bars;

		Renderer(ComplianceReport report, List<AllyYear> bars, ReportText text) {
			this.report = report;
			this.bars = bars;
			setBarPainter(new StandardBarPainter());
			setShadowVisible(false);
			setDrawBarOutline(true);
			setMaximumBarWidth(0.05);
			setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", text.chartFormat(2, false)));
			setDefaultItemLabelsVisible(true);
			setDefaultItemLabelFont(PdfFonts.chartFont(false, 6.5f));
			setDefaultPositiveItemLabelPosition(
					new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
			setItemLabelAnchorOffset(3);
		}

		@Override
		public Paint getItemPaint(int row, int column) {
			AllyYear ally = bars.get(column);
			if (report.highlighted(ally)) {
				return HIGHLIGHT;
			}
			return switch (ally.verdict()) {
				case NOT_MEMBER -> NON_MEMBER;
				case MEETS -> MEETS;
				case NO_FIGURE, BELOW -> BELOW;
			};
		}

		@Override
		public Paint getItemOutlinePaint(int row, int column) {
			return report.highlighted(bars.get(column)) ? Color.BLACK : (Paint) getItemPaint(row, column);
		}

		@Override
		public Stroke getItemOutlineStroke(int row, int column) {
			return new BasicStroke(report.highlighted(bars.get(column)) ? 1.5f : 0.3f);
		}

	}

}
