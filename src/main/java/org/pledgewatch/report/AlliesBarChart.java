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
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.Highlight;
import org.pledgewatch.compliance.YearCompliance;

/**
 * Every reporting ally's share of GDP in the chosen year as horizontal bars, highest first, with the target line. The
 * highlighted ally has its own colour, a black outline and a bold label; estimates carry "(e)", non-members a dagger.
 * Allies without figures get no bar (a bar of 0 would be a false statement); the PDF lists them under the chart. Which
 * allies a chart image draws when they are many: {@link AlliesChartRows}.
 */
final class AlliesBarChart {

	// The pages' Okabe–Ito colours (charts.js), distinguishable with the common colour-vision deficiencies.
	static final Color MEETS = new Color(0x00, 0x72, 0xB2);

	static final Color BELOW = new Color(0x56, 0xB4, 0xE9);

	static final Color HIGHLIGHT = new Color(0xD5, 0x5E, 0x00);

	static final Color NON_MEMBER = new Color(0xBB, 0xBB, 0xBB);

	static final Color TARGET = Color.BLACK;

	/** The label of a row standing for allies left out. */
	private static final Color LEFT_OUT = new Color(0x66, 0x66, 0x66);

	private AlliesBarChart() {
	}

	/**
	 * The bars of {@code rows}; a gap in them is a row without a bar, labelled with how many allies it leaves out.
	 *
	 * @param year every ally of the year (the legend names the non-members' colour when any is there)
	 */
	static JFreeChart create(YearCompliance year, Highlight highlight, AlliesChartRows rows, ReportText text) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		List<Category> categories = new ArrayList<>();
		String series = text.get("report.col.share");
		for (AlliesChartRows.Row row : rows.rows()) {
			RequestBudget.check();
			AllyYear ally = row.ally();
			Category category = new Category(ally == null ? text.message("chart.image.barsLeftOut", row.leftOut())
					: label(ally, highlighted(ally, highlight), text), categories.size());
			categories.add(category);
			data.addValue(ally == null ? null : ally.shareOfGdpPctRounded(), series, category);
		}

		CategoryAxis allies = new CategoryAxis();
		allies.setTickLabelFont(PdfFonts.chartFont(false, 7.5f));
		allies.setCategoryMargin(0.15);
		allies.setLowerMargin(0.01);
		// Room below the last bar for the target line's label, so it never sits on a bar's value.
		allies.setUpperMargin(Math.max(0.01, 1.2 / Math.max(1, categories.size())));
		NumberAxis share = new NumberAxis(text.get("report.chart.axis"));
		ChartLook.type(7.5f, share);
		share.setNumberFormatOverride(text.chartFormat(1, true));
		share.setUpperMargin(0.12);

		Renderer renderer = new Renderer(highlight, rows.rows(), text);
		CategoryPlot plot = new CategoryPlot(data, allies, share, renderer);
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		ChartLook.plain(plot);
		plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
		plot.addRangeMarker(targetLine(year.targetPct(), text), org.jfree.chart.ui.Layer.FOREGROUND);
		plot.setFixedLegendItems(legend(year, highlight, text));
		for (int i = 0; i < categories.size(); i++) {
			AllyYear ally = rows.rows().get(i).ally();
			if (ally == null) {
				allies.setTickLabelPaint(categories.get(i), LEFT_OUT);
			}
			else if (highlighted(ally, highlight)) {
				allies.setTickLabelFont(categories.get(i), PdfFonts.chartFont(true, 8));
				allies.setTickLabelPaint(categories.get(i), HIGHLIGHT.darker());
			}
		}

		JFreeChart chart = new JFreeChart(null, PdfFonts.chartFont(true, 10), plot, true);
		chart.setBackgroundPaint(Color.WHITE);
		chart.getLegend().setItemFont(PdfFonts.chartFont(false, 7.5f));
		chart.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
		return chart;
	}

	private static boolean highlighted(AllyYear row, Highlight highlight) {
		return row.iso3().equals(highlight.iso3());
	}

	/**
	 * A row of the chart: its label, and its place, which keeps two allies of the same name (or two gaps of as many
	 * allies) apart.
	 */
	private record Category(String label, int line) implements Comparable<Category> {

		@Override
		public int compareTo(Category other) {
			return Integer.compare(line, other.line);
		}

		@Override
		public String toString() {
			return label;
		}

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

	private static LegendItemCollection legend(YearCompliance year, Highlight highlight, ReportText text) {
		LegendItemCollection items = new LegendItemCollection();
		items.add(new LegendItem(text.get("report.chart.meets", text.target(year.targetPct())), MEETS));
		items.add(new LegendItem(text.get("report.chart.below"), BELOW));
		items.add(new LegendItem(text.get("report.chart.highlighted", text.country(highlight.iso3(), highlight.country())),
				HIGHLIGHT));
		if (year.rows().stream().anyMatch(r -> !r.member())) {
			items.add(new LegendItem(text.get("report.chart.nonMember"), NON_MEMBER));
		}
		return items;
	}

	/** Colours and outlines per ally rather than per series. */
	private static final class Renderer extends BarRenderer {

		private final transient Highlight highlight;

		private final transient List<AlliesChartRows.Row> rows;

		Renderer(Highlight highlight, List<AlliesChartRows.Row> rows, ReportText text) {
			this.highlight = highlight;
			this.rows = rows;
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
			AllyYear ally = rows.get(column).ally();
			if (ally == null) {
				return LEFT_OUT;
			}
			if (highlighted(ally, highlight)) {
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
			return isHighlighted(column) ? Color.BLACK : (Paint) getItemPaint(row, column);
		}

		@Override
		public Stroke getItemOutlineStroke(int row, int column) {
			return new BasicStroke(isHighlighted(column) ? 1.5f : 0.3f);
		}

		private boolean isHighlighted(int column) {
			AllyYear ally = rows.get(column).ally();
			return ally != null && highlighted(ally, highlight);
		}

	}

}
