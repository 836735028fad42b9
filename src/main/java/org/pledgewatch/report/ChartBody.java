package org.pledgewatch.report;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/** What a chart draws inside its frame: a JFreeChart ({@code chart::draw}) or the map. */
@FunctionalInterface
interface ChartBody {

	void draw(Graphics2D g, Rectangle2D area);

}
