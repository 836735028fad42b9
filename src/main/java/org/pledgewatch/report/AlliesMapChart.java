package org.pledgewatch.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.YearCompliance;
import org.pledgewatch.map.MapScale;
import org.pledgewatch.map.MapShapes;

/**
 * The allies on a map, each coloured by its share of GDP against the target ({@link MapScale}), the highlighted ally
 * outlined and labelled, with the legend on the right. Used for the chart images and the PDF.
 */
final class AlliesMapChart implements ChartBody {

	private static final Color SEA = new Color(0xDD, 0xE8, 0xF0);

	private static final Color BORDER = new Color(0xBB, 0xBB, 0xBB);

	private static final double LEGEND_WIDTH = 150;

	private final YearCompliance year;

	private final String highlightIso3;

	private final ReportText text;

	AlliesMapChart(YearCompliance year, String highlightIso3, ReportText text) {
		this.year = year;
		this.highlightIso3 = highlightIso3;
		this.text = text;
	}

	@Override
	public void draw(Graphics2D g, Rectangle2D area) {
		Map<String, AllyYear> rows = new HashMap<>();
		for (AllyYear row : year.rows()) {
			RequestBudget.check();
			rows.put(row.iso3(), row);
		}
		double scale = Math.min((area.getWidth() - LEGEND_WIDTH) / MapShapes.WIDTH, area.getHeight() / MapShapes.HEIGHT);
		AffineTransform toArea = new AffineTransform();
		toArea.translate(area.getX(), area.getY());
		toArea.scale(scale, scale);
		Rectangle2D canvas = new Rectangle2D.Double(0, 0, MapShapes.WIDTH, MapShapes.HEIGHT);

		java.awt.Shape savedClip = g.getClip();
		g.clip(toArea.createTransformedShape(canvas));
		g.setPaint(SEA);
		g.fill(toArea.createTransformedShape(canvas));
		@Nullable Shape highlight = null;
		for (String panel : new String[] { "europe", "americas" }) {
			if (panel.equals("americas")) {
				Shape inset = toArea.createTransformedShape(MapShapes.shipped().inset());
				g.setPaint(SEA);
				g.fill(inset);
				g.setPaint(new Color(0x88, 0x88, 0x88));
				g.setStroke(new BasicStroke(0.8f));
				g.draw(inset);
			}
			for (MapShapes.Shape shape : MapShapes.shipped().shapes()) {
				if (!shape.panel().equals(panel)) {
					continue;
				}
				Shape outline = toArea.createTransformedShape(shape.toPath2D());
				AllyYear row = rows.get(shape.iso3());
				g.setPaint(fill(row));
				g.fill(outline);
				g.setPaint(row == null || !row.member() ? BORDER : Color.WHITE);
				g.setStroke(new BasicStroke(0.4f));
				g.draw(outline);
				if (shape.iso3().equals(highlightIso3) && highlight == null) {
					highlight = outline;
				}
			}
		}
		if (highlight != null) {
			g.setPaint(Color.BLACK);
			g.setStroke(new BasicStroke(1.6f));
			g.draw(highlight);
			label(g, highlight.getBounds2D(), rows.get(highlightIso3));
		}
		g.setClip(savedClip);
		legend(g, area.getX() + MapShapes.WIDTH * scale + 10, area.getY() + 4);
	}

	private Color fill(@Nullable AllyYear row) {
		if (row == null || !row.member()) {
			return MapScale.NOT_ALLY.color();
		}
		return MapScale.step(row.meetsTarget(), row.shareOfGdpPctRounded(), year.targetPct()).color();
	}

	/** "Belgium 1.30%" in the sea above and to the left of the ally, with a line to it. */
	private void label(Graphics2D g, Rectangle2D bounds, @Nullable AllyYear row) {
		String name = row == null ? highlightIso3 : text.country(row);
		String value = row == null || row.shareOfGdpPctRounded() == null ? text.get("chart.label.noData")
				: text.pct(row.shareOfGdpPctRounded());
		g.setFont(PdfFonts.chartFont(true, 8.5f));
		FontMetrics metrics = g.getFontMetrics();
		String label = name + " " + value;
		float right = (float) bounds.getMinX() - 18;
		float baseline = (float) bounds.getMinY() - 12;
		float left = Math.max(2, right - metrics.stringWidth(label));
		g.setPaint(new Color(255, 255, 255, 220));
		g.fill(new Rectangle2D.Double(left - 2, baseline - metrics.getAscent() - 1, metrics.stringWidth(label) + 4,
				metrics.getAscent() + metrics.getDescent() + 2));
		g.setPaint(Color.BLACK);
		g.drawString(label, left, baseline);
		g.setStroke(new BasicStroke(0.7f));
		g.draw(new Line2D.Double(right + 1, baseline - 3, bounds.getMinX() + 2, bounds.getMinY() + 2));
	}

	private void legend(Graphics2D g, double x, double y) {
		String target = text.target(year.targetPct());
		g.setPaint(Color.BLACK);
		g.setFont(PdfFonts.chartFont(true, 7.5f));
		double line = y + 8;
		for (String part : ChartFigure.wrap(g.getFontMetrics(), text.get("map.legend.title", target), LEGEND_WIDTH - 14, 3)) {
			g.drawString(part, (float) x, (float) line);
			line += 10;
		}
		g.setFont(PdfFonts.chartFont(false, 7f));
		line += 2;
		for (int i = MapScale.STEPS.size() - 1; i >= 0; i--) {
			MapScale.Step step = MapScale.STEPS.get(i);
			line = swatch(g, x, line, step.color(), null, text.get(step.messageKey(), target));
		}
		line = swatch(g, x, line, MapScale.NO_FIGURE.color(), null, text.get(MapScale.NO_FIGURE.messageKey(), target));
		line = swatch(g, x, line, MapScale.NOT_ALLY.color(), null, text.get(MapScale.NOT_ALLY.messageKey(), target));
		AllyYear row = year.rows().stream().filter(r -> r.iso3().equals(highlightIso3)).findFirst().orElse(null);
		String name = row == null ? highlightIso3 : text.country(row);
		swatch(g, x, line + 4, Color.WHITE, Color.BLACK, text.get("map.legend.highlight", name));
	}

	private static double swatch(Graphics2D g, double x, double y, Color fill, @Nullable Color outline, String label) {
		Rectangle2D box = new Rectangle2D.Double(x, y, 11, 9);
		g.setPaint(fill);
		g.fill(box);
		g.setPaint(outline == null ? new Color(0x88, 0x88, 0x88) : outline);
		g.setStroke(new BasicStroke(outline == null ? 0.4f : 1.6f));
		g.draw(box);
		g.setPaint(Color.BLACK);
		double line = y + 8;
		for (String part : ChartFigure.wrap(g.getFontMetrics(), label, LEGEND_WIDTH - 30, 2)) {
			g.drawString(part, (float) (x + 16), (float) line);
			line += 9;
		}
		return Math.max(y + 14, line + 3);
	}


}
