package org.pledgewatch.map;

import java.awt.Color;
import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The map's colours: ColorBrewer's PuOr diverging scheme (safe for the common colour-vision deficiencies), with the
 * target as its midpoint. Orange shades for allies below the target, purple for allies meeting it, darker the further
 * from the target; grey for an ally without a figure. Whether an ally meets the target is the model's verdict, never
 * recomputed here; only the distance picks the shade.
 */
public final class MapScale {

	/** One class of the scale: its colour and which message names it in the legend. */
	public record Step(String hex, String messageKey) {

		public Color color() {
			return Color.decode(hex);
		}

	}

	public static final List<Step> STEPS = List.of(new Step("#b35806", "map.legend.below3"),
			new Step("#f1a340", "map.legend.below2"), new Step("#fee0b6", "map.legend.below1"),
			new Step("#d8daeb", "map.legend.above1"), new Step("#998ec3", "map.legend.above2"),
			new Step("#542788", "map.legend.above3"));

	public static final Step NO_FIGURE = new Step("#d9d9d9", "map.legend.noFigure");

	public static final Step NOT_ALLY = new Step("#f3f3f3", "map.legend.notAlly");

	public static final String HIGHLIGHT_OUTLINE = "#000000";

	private static final BigDecimal HALF = new BigDecimal("0.5");

	private MapScale() {
	}

	/**
	 * The step for an ally's share against the target. Each band is closed at its lower distance (see {@link #shade}). The distance is taken in exact decimals, so 1.50 against 2 is 0.50, not 0.4999….
	 *
	 * @param meetsTarget the model's verdict (null: no figure)
	 * @param sharePct the shown share the verdict was made on (two decimals, as NATO prints it)
	 */
	public static Step step(@Nullable Boolean meetsTarget, @Nullable Double sharePct, double targetPct) {
		if (meetsTarget == null || sharePct == null) {
			return NO_FIGURE;
		}
		BigDecimal distance = BigDecimal.valueOf(sharePct).subtract(BigDecimal.valueOf(targetPct)).abs();
		int shade = shade(distance);
		return meetsTarget ? STEPS.get(3 + shade) : STEPS.get(2 - shade);
	}

	/**
	 * Bands closed at their lower distance, as the legend words them: 0 for less than 0.5 point, 1 for 0.5 to less
	 * than 1 point, 2 for 1 point or more. A gap of exactly 0.50 is "0.5 to 1 point below".
	 */
	static int shade(BigDecimal distance) {
		if (distance.compareTo(BigDecimal.ONE) >= 0) {
			return 2;
		}
		return distance.compareTo(HALF) >= 0 ? 1 : 0;
	}

	/** Text on a step's colour: white on the two darkest. */
	public static String textColor(Step step) {
		return step == STEPS.get(0) || step == STEPS.get(5) ? "#ffffff" : "#000000";
	}

}
