package org.pledgewatch.map;

import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The country outlines the application ships ({@code map/allies-map.tsv}, converted once from Natural Earth by
 * {@code tools/map/convert.js}; provenance in {@code map/SOURCES-map.md}), on a {@value #WIDTH} × {@value #HEIGHT}
 * canvas: a Europe panel and a North America inset. Read once; immutable.
 */
public final class MapShapes {

	public static final int WIDTH = 1000;

	public static final int HEIGHT = 760;

	private static final MapShapes SHIPPED = read("map/allies-map.tsv");

	private final List<Shape> shapes;

	private final Map<String, Rectangle2D> panels;

	/**
	 * One country's outline in one panel.
	 *
	 * @param iso3 ISO 3166-1 alpha-3 code, or "-" for a shape without one (context only)
	 * @param panel "europe" or "americas"
	 * @param path SVG path data (M, L and Z only)
	 */
	public record Shape(String iso3, String panel, String path) {

		/** The outline as a Java 2D path on the map's canvas. */
		public Path2D toPath2D() {
			Path2D.Double out = new Path2D.Double(Path2D.WIND_EVEN_ODD);
			int i = 0;
			String d = path;
			while (i < d.length()) {
				char command = d.charAt(i);
				if (command == 'Z') {
					out.closePath();
					i++;
					continue;
				}
				int space = d.indexOf(' ', i);
				int end = i + 1;
				while (end < d.length() && "MLZ".indexOf(d.charAt(end)) < 0) {
					end++;
				}
				double x = Double.parseDouble(d.substring(i + 1, space));
				double y = Double.parseDouble(d.substring(space + 1, end));
				if (command == 'M') {
					out.moveTo(x, y);
				}
				else {
					out.lineTo(x, y);
				}
				i = end;
			}
			return out;
		}

	}

	private MapShapes(List<Shape> shapes, Map<String, Rectangle2D> panels) {
		this.shapes = List.copyOf(shapes);
		this.panels = Map.copyOf(panels);
	}

	public static MapShapes shipped() {
		return SHIPPED;
	}

	public List<Shape> shapes() {
		return shapes;
	}

	/** The inset's frame (the Europe panel is the whole canvas). */
	public Rectangle2D inset() {
		return panels.get("americas");
	}

	static MapShapes read(String resource) {
		try (InputStream in = MapShapes.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing map outlines " + resource);
			}
			List<Shape> shapes = new ArrayList<>();
			Map<String, Rectangle2D> panels = new LinkedHashMap<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String[] f = line.split("\t");
				if (f.length == 5) {
					panels.put(f[0], new Rectangle2D.Double(Double.parseDouble(f[1]), Double.parseDouble(f[2]),
							Double.parseDouble(f[3]), Double.parseDouble(f[4])));
				}
				else if (f.length == 3) {
					shapes.add(new Shape(f[0], f[1], f[2]));
				}
			}
			return new MapShapes(shapes, panels);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
