package org.pledgewatch.map;

import java.awt.Color;
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

	private MapScale() {
	}

	/**
	 * The step for an ally's share against the target.
	 *
	 * @param meetsTarget the model's verdict (null: no figure)
	 * @param sharePct the share the verdict was made on (rounded as NATO prints it)
	 */
	public static Step step(@Nullable Boolean meetsTarget, @Nullable Double sharePct, double targetPct) {
		if (meetsTarget == null || sharePct == null) {
			return NO_FIGURE;
		}
		double distance = Math.abs(sharePct - targetPct);
		int shade = distance > 1.0 ? 2 : distance > 0.5 ? 1 : 0;
		return meetsTarget ? STEPS.get(3 + shade) : STEPS.get(2 - shade);
	}

	/** Text on a step's colour: white on the two darkest. */
	public static String textColor(Step step) {
		return step == STEPS.get(0) || step == STEPS.get(5) ? "#ffffff" : "#000000";
	}

}
