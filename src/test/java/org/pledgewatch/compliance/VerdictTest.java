package org.pledgewatch.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class VerdictTest {

	@Test
	void noFigureComesBeforeMembership() {
		assertThat(row(false, null, null).verdict()).isEqualTo(Verdict.NO_FIGURE);
		assertThat(row(true, null, null).verdict()).isEqualTo(Verdict.NO_FIGURE);
	}

	@Test
	void aNonMemberIsShownNotJudgedEvenAboveTheTarget() {
		assertThat(row(false, 2.5, true).verdict()).isEqualTo(Verdict.NOT_MEMBER);
	}

	@Test
	void aMemberMeetsOrIsBelow() {
		assertThat(row(true, 2.0, true).verdict()).isEqualTo(Verdict.MEETS);
		assertThat(row(true, 1.99, false).verdict()).isEqualTo(Verdict.BELOW);
	}

	private static AllyYear row(boolean member, @Nullable Double share, @Nullable Boolean meets) {
		return new AllyYear("Xyzland", "XYZ", 2024, member, false, null, null, share, share, meets, null, null, null,
				null, null, null, null, null, null, null, null, null, null, null, null);
	}

}
