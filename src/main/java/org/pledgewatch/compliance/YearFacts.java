package org.pledgewatch.compliance;

import java.math.BigDecimal;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One year's allies, ranked, with the aggregates that do not depend on the target.
 *
 * @param totalSpending the counted members' defence expenditure, million USD; null unless every one of them gives
 * money figures (a total of some allies would read as the alliance's)
 * @param totalGdp their GDP, likewise
 * @param members how many allies were members that year by the accession register (and allies of the file it does
 * not know), with or without a row or a figure
 */
record YearFacts(int year, List<AllyFacts> allies, @Nullable Double totalSpending, @Nullable Double totalGdp,
		@Nullable Double medianShare, @Nullable Double allianceShare, int members) {

	static YearFacts of(int year, List<AllyFacts> allies, @Nullable Double medianShare, int members) {
		List<AllyFacts> counted = allies.stream().filter(AllyFacts::counted).toList();
		boolean money = !counted.isEmpty() && counted.stream().allMatch(f -> f.row().hasMoney());
		if (!money) {
			return new YearFacts(year, allies, null, null, medianShare, null, members);
		}
		BigDecimal spending = counted.stream().map(f -> f.row().defenceExpenditureMusd()).reduce(BigDecimal.ZERO,
				BigDecimal::add);
		BigDecimal gdp = counted.stream().map(f -> f.row().gdpMusd()).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new YearFacts(year, allies, spending.doubleValue(), gdp.doubleValue(), medianShare,
				spending.doubleValue() / gdp.doubleValue() * 100, members);
	}

	List<AllyFacts> counted() {
		return allies.stream().filter(AllyFacts::counted).toList();
	}

	boolean estimate() {
		return allies.stream().anyMatch(f -> f.row().estimate());
	}

	/** At least half of the year's members have a share: a year a reader can be shown first. */
	boolean complete() {
		return counted().size() * 2 >= members && members > 0;
	}

}
