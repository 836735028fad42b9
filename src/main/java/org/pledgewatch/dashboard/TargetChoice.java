package org.pledgewatch.dashboard;

import org.pledgewatch.compliance.Target;

/**
 * The target as the pages show and link it.
 *
 * @param param the value for {@code ?target=} in links, in plain notation (2, 3.5)
 * @param pct the target as a number, for formatting
 * @param label the target formatted for the reader (2%, 3.5%)
 */
record TargetChoice(String param, double pct, String label) {

	static TargetChoice of(Target target, Figures figures) {
		return new TargetChoice(target.pct().toPlainString(), target.pctValue(), figures.target(target.pctValue()));
	}

}
