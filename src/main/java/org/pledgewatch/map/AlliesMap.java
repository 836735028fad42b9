package org.pledgewatch.map;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.YearCompliance;
import org.pledgewatch.language.CountryNames;
import org.pledgewatch.language.Figures;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The map of one year against one target as the page draws it (inline SVG): every shape with its fill, the allies'
 * with their {@code data-iso3}, the highlighted ally's outline and label, the legend, and the same figures as a table.
 */
@Component
public class AlliesMap {

	private final Figures figures;

	private final CountryNames names;

	private final MessageSource messages;

	public AlliesMap(Figures figures, CountryNames names, MessageSource messages) {
		this.figures = figures;
		this.names = names;
		this.messages = messages;
	}

	/**
	 * @param iso3 the ally's code, or null for a context shape
	 * @param title the ally's name and share, for a pointer's tooltip
	 */
	public record Area(@Nullable String iso3, String panel, String path, String fill, String stroke,
			@Nullable String title) {
	}

	/** A row of the table that carries the map's figures. */
	public record Row(String iso3, String country, String share, String status, String fill, boolean highlighted) {
	}

	public record LegendEntry(String fill, String label) {
	}

	/** The highlighted ally's label in the sea to its upper left, with a line to the ally. */
	public record Label(String text, double x, double y, double toX, double toY, String path) {
	}

	/**
	 * @param width the canvas width ({@code viewBox})
	 * @param inset the North America inset's frame, as x, y, width, height
	 * @param rows the allies drawn on the map, as a table: the map's figures for keyboards and screen readers
	 * @param notOnMap how many allies of the data have no shape on the map (and are not in {@code rows})
	 */
	public record MapView(int year, String target, List<Area> europe, List<Area> americas, double[] inset,
			@Nullable Label label, List<LegendEntry> legend, String highlightLegend, List<Row> rows, int width,
			int height, int notOnMap) {
	}

	public MapView view(YearCompliance year, String highlightIso3, Locale locale) {
		String target = figures.target(year.targetPct(), locale);
		Map<String, AllyYear> rows = new HashMap<>();
		year.rows().forEach(r -> rows.put(r.iso3(), r));
		List<Area> europe = new ArrayList<>();
		List<Area> americas = new ArrayList<>();
		Label label = null;
		for (MapShapes.Shape shape : MapShapes.shipped().shapes()) {
			AllyYear row = rows.get(shape.iso3());
			boolean ally = row != null && row.member();
			Area area = new Area(ally ? row.iso3() : null, shape.panel(), shape.path(),
					ally ? step(row, year.targetPct()).hex() : MapScale.NOT_ALLY.hex(), ally ? "#ffffff" : "#bbbbbb",
					ally ? name(row, locale) + ": " + share(row, locale) : null);
			(shape.panel().equals("americas") ? americas : europe).add(area);
			if (shape.iso3().equals(highlightIso3) && label == null) {
				Rectangle2D bounds = shape.toPath2D().getBounds2D();
				String text = row == null ? highlightIso3 : name(row, locale) + " " + share(row, locale);
				label = new Label(text, bounds.getMinX() - 24, bounds.getMinY() - 16, bounds.getMinX() + 2,
						bounds.getMinY() + 2, shape.path());
			}
		}
		List<LegendEntry> legend = new ArrayList<>();
		for (int i = MapScale.STEPS.size() - 1; i >= 0; i--) {
			legend.add(entry(MapScale.STEPS.get(i), target, locale));
		}
		legend.add(entry(MapScale.NO_FIGURE, target, locale));
		legend.add(entry(MapScale.NOT_ALLY, target, locale));
		AllyYear highlighted = rows.get(highlightIso3);
		String highlightName = highlighted == null ? highlightIso3 : name(highlighted, locale);
		List<Row> table = new ArrayList<>();
		Set<String> drawn = new HashSet<>();
		MapShapes.shipped().shapes().forEach(shape -> drawn.add(shape.iso3()));
		int notOnMap = 0;
		for (AllyYear row : year.rows()) {
			if (!row.member()) {
				continue;
			}
			if (!drawn.contains(row.iso3())) {
				// A dataset may name allies the map has no outline for: the table mirrors the map, and stays bounded.
				notOnMap++;
				continue;
			}
			MapScale.Step step = step(row, year.targetPct());
			table.add(new Row(row.iso3(), name(row, locale), share(row, locale),
					message(step.messageKey(), locale, target), step.hex(), row.iso3().equals(highlightIso3)));
		}
		Rectangle2D inset = MapShapes.shipped().inset();
		return new MapView(year.year(), target, europe, americas,
				new double[] { inset.getX(), inset.getY(), inset.getWidth(), inset.getHeight() }, label, legend,
				message("map.legend.highlight", locale, highlightName), table, MapShapes.WIDTH, MapShapes.HEIGHT,
				notOnMap);
	}

	private static MapScale.Step step(AllyYear row, double targetPct) {
		return MapScale.step(row.meetsTarget(), row.shareOfGdpPctRounded(), targetPct);
	}

	private LegendEntry entry(MapScale.Step step, String target, Locale locale) {
		return new LegendEntry(step.hex(), message(step.messageKey(), locale, target));
	}

	private String name(AllyYear row, Locale locale) {
		return names.name(row.iso3(), row.country(), locale);
	}

	private String share(AllyYear row, Locale locale) {
		return row.shareOfGdpPctRounded() == null ? message("chart.label.noData", locale)
				: figures.pct(row.shareOfGdpPctRounded(), locale) + (row.estimate() ? " (e)" : "");
	}

	private String message(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, locale);
	}

}
