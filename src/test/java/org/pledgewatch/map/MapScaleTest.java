package org.pledgewatch.map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The map's shades: the model's verdict picks the side, the distance to the target the depth. */
class MapScaleTest {

	@Test
	void theTargetIsTheMidpoint() {
		assertThat(MapScale.step(true, 2.00, 2.0).hex()).isEqualTo("#d8daeb");
		assertThat(MapScale.step(false, 1.99, 2.0).hex()).isEqualTo("#fee0b6");
	}

	@Test
	void shadesDeepenPastHalfAPointAndPastAPoint() {
		assertThat(MapScale.step(false, 1.51, 2.0).hex()).as("0.49 point below").isEqualTo("#fee0b6");
		assertThat(MapScale.step(false, 1.50, 2.0).hex()).as("exactly half a point below: 0.5 to 1 point below")
			.isEqualTo("#f1a340");
		assertThat(MapScale.step(false, 1.01, 2.0).hex()).as("0.99 point below").isEqualTo("#f1a340");
		assertThat(MapScale.step(false, 1.00, 2.0).hex()).as("exactly one point below: 1 point or more below")
			.isEqualTo("#b35806");
		assertThat(MapScale.step(true, 2.50, 2.0).hex()).as("exactly half a point above").isEqualTo("#998ec3");
		assertThat(MapScale.step(false, 3.00, 3.5).hex()).as("exactly half a point below 3.5").isEqualTo("#f1a340");
		assertThat(MapScale.step(false, 1.29, 2.0).hex()).isEqualTo("#f1a340");
		assertThat(MapScale.step(false, 0.97, 2.0).hex()).isEqualTo("#b35806");
		assertThat(MapScale.step(true, 2.85, 2.0).hex()).isEqualTo("#998ec3");
		assertThat(MapScale.step(true, 4.48, 2.0).hex()).isEqualTo("#542788");
		assertThat(MapScale.step(false, 3.4, 3.5).hex()).isEqualTo("#fee0b6");
	}

	@Test
	void noFigureIsGreyNeverAVerdict() {
		assertThat(MapScale.step(null, null, 2.0)).isEqualTo(MapScale.NO_FIGURE);
	}

	@Test
	void theShippedOutlinesHaveEverySmallAllyAndTheInset() {
		assertThat(MapShapes.shipped().shapes()).extracting(MapShapes.Shape::iso3)
			.contains("LUX", "MNE", "MKD", "ALB", "SVN", "EST", "ISL", "USA", "CAN");
		assertThat(MapShapes.shipped().inset().getWidth()).isPositive();
		MapShapes.shipped().shapes().forEach(s -> assertThat(s.toPath2D().getBounds2D().isEmpty()).as(s.iso3()).isFalse());
	}

}
