package org.pledgewatch.compliance;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** One year's allies, ranked, with the aggregates that do not depend on the target. */
record YearFacts(int year, List<AllyFacts> allies, double totalSpending, double totalGdp, @Nullable Double medianShare,
		@Nullable Double allianceShare) {

	List<AllyFacts> counted() {
		return allies.stream().filter(f -> f.member() && f.share() != null).toList();
	}

	boolean estimate() {
		return allies.stream().anyMatch(f -> f.row().estimate());
	}

}
