package org.pledgewatch.compliance;

import java.util.List;

/**
 * Every ally's figures for one year against one target, highest share first, allies without figures last.
 */
public record YearCompliance(int year, double targetPct, List<AllyYear> rows) {

	public YearCompliance {
		rows = List.copyOf(rows);
	}

}
