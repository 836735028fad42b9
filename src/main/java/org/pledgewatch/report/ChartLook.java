package org.pledgewatch.report;

import java.awt.Color;

import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;

/** What every drawn chart looks like, in the PDF and in the chart files alike: one place to change it. */
final class ChartLook {

	private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

	private ChartLook() {
	}

	/** Axis titles at 8 pt and tick labels at {@code tickSize}, in the charts' font. */
	static void type(float tickSize, Axis... axes) {
		for (Axis axis : axes) {
			axis.setLabelFont(PdfFonts.chartFont(false, 8));
			axis.setTickLabelFont(PdfFonts.chartFont(false, tickSize));
		}
	}

	/** A white plot area without an outline, light range gridlines. */
	static void plain(CategoryPlot plot) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(GRID);
		plot.setOutlineVisible(false);
	}

	/** A white plot area without an outline, light range gridlines. */
	static void plain(XYPlot plot) {
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(GRID);
		plot.setOutlineVisible(false);
	}

	/** Flat bars without gradient or shadow. */
	static void flat(BarRenderer renderer) {
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
	}

}
