package org.pledgewatch.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * One chart as it goes into a slide or an article: title, subtitle (year, target), the chart with its legend, and a
 * footer with the source line and dataset version of the figures and the day it was drawn. The same drawing yields the
 * SVG and the PNG ({@link ChartImages}), so both say the same thing.
 *
 * @param width the drawing's width in CSS pixels (the PNG has twice as many)
 * @param height the drawing's height in CSS pixels
 */
record ChartFigure(String title, String subtitle, ChartBody body, List<String> footer, int width, int height) {

	static final int MARGIN = 24;

	/** The chart body is drawn larger than in the PDF, where its fonts were sized for an A4 page. */
	private static final double BODY_SCALE = 1.4;

	private static final Color MUTED = new Color(0x44, 0x44, 0x44);

	ChartFigure {
		footer = List.copyOf(footer);
	}

	void draw(Graphics2D g) {
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
		g.setPaint(Color.WHITE);
		g.fill(new Rectangle2D.Double(0, 0, width, height));

		double y = MARGIN;
		g.setPaint(Color.BLACK);
		y = paragraph(g, title, PdfFonts.chartFont(true, 19), y, 3);
		g.setPaint(MUTED);
		y = paragraph(g, subtitle, PdfFonts.chartFont(false, 13), y + 2, 2);

		Font small = PdfFonts.chartFont(false, 10.5f);
		List<String> footerLines = new ArrayList<>();
		for (String line : footer) {
			footerLines.addAll(wrap(g.getFontMetrics(small), line, width - 2 * MARGIN, 3));
		}
		double footerHeight = footerLines.size() * lineHeight(g.getFontMetrics(small)) + 10;
		double bodyTop = y + 8;
		double bodyBottom = height - MARGIN / 2.0 - footerHeight;

		AffineTransform saved = g.getTransform();
		g.translate(MARGIN / 2.0, bodyTop);
		g.scale(BODY_SCALE, BODY_SCALE);
		body.draw(g, new Rectangle2D.Double(0, 0, (width - MARGIN) / BODY_SCALE, (bodyBottom - bodyTop) / BODY_SCALE));
		g.setTransform(saved);
		g.setClip(null);

		g.setPaint(new Color(0xcc, 0xcc, 0xcc));
		g.fill(new Rectangle2D.Double(MARGIN, bodyBottom + 2, width - 2 * MARGIN, 1));
		g.setPaint(MUTED);
		g.setFont(small);
		FontMetrics metrics = g.getFontMetrics();
		double line = bodyBottom + 8;
		for (String text : footerLines) {
			line += lineHeight(metrics);
			g.drawString(text, MARGIN, (float) (line - metrics.getDescent()));
		}
	}

	/** Draws wrapped text from {@code top}; returns where the next text may start. */
	private double paragraph(Graphics2D g, String text, Font font, double top, int maxLines) {
		g.setFont(font);
		FontMetrics metrics = g.getFontMetrics();
		double y = top;
		for (String line : wrap(metrics, text, width - 2 * MARGIN, maxLines)) {
			y += lineHeight(metrics);
			g.drawString(line, MARGIN, (float) (y - metrics.getDescent()));
		}
		return y;
	}

	private static double lineHeight(FontMetrics metrics) {
		return metrics.getAscent() + metrics.getDescent() + 2;
	}

	/** Words to lines no wider than {@code width}; a word longer than a line (an address) stands on its own. */
	static List<String> wrap(FontMetrics metrics, String text, double width, int maxLines) {
		List<String> lines = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (String word : text.replaceAll("\\s+", " ").strip().split(" ")) {
			String tried = current.isEmpty() ? word : current + " " + word;
			if (metrics.stringWidth(tried) <= width || current.isEmpty()) {
				current.setLength(0);
				current.append(tried);
			}
			else {
				lines.add(current.toString());
				current.setLength(0);
				current.append(word);
			}
		}
		if (!current.isEmpty()) {
			lines.add(current.toString());
		}
		if (lines.size() > maxLines) {
			List<String> kept = new ArrayList<>(lines.subList(0, maxLines - 1));
			kept.add(String.join(" ", lines.subList(maxLines - 1, lines.size())));
			return kept;
		}
		return lines;
	}

}
