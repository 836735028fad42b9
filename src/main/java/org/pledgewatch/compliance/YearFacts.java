package org.pledgewatch.compliance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.PrintedAggregates;

/**
 * One year's allies, ranked, with the aggregates that do not depend on the target.
 *
 * @param totalSpending the counted members' defence expenditure, million USD; null unless every one of them gives
 * money figures (a total of some allies would read as the alliance's)
 * @param totalGdp their GDP, likewise
 * @param medianShare the median of the counted members' shown shares, itself half-up to two decimals
 * @param allianceShare total spending / total GDP at current prices, half-up to two decimals: computed here, not
 * NATO's figure
 * @param publishedAllianceShare NATO's printed "NATO Total" share, as shown (two decimals); null where not printed
 * @param publishedEuropeCanadaShare NATO's printed "NATO Europe and Canada" share, likewise
 * @param members how many allies were members that year by the accession register (and allies of the file it does
 * not know), with or without a row or a figure
 */
record YearFacts(int year, List<AllyFacts> allies, @Nullable Double totalSpending, @Nullable Double totalGdp,
		@Nullable Double medianShare, @Nullable Double allianceShare, @Nullable Double publishedAllianceShare,
		@Nullable Double publishedEuropeCanadaShare, int members) {

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	static YearFacts of(int year, List<AllyFacts> allies, PrintedAggregates printed, int members) {
		List<AllyFacts> counted = allies.stream().filter(AllyFacts::counted).toList();
		Double median = ShownShare.toDouble(median(counted));
		Double printedTotal = ShownShare.toDouble(ShownShare.ofNullable(printed.natoTotal(year)));
		Double printedEuropeCanada = ShownShare.toDouble(ShownShare.ofNullable(printed.europeCanada(year)));
		boolean money = !counted.isEmpty() && counted.stream().allMatch(f -> f.row().hasMoney());
		if (!money) {
			return new YearFacts(year, allies, null, null, median, null, printedTotal, printedEuropeCanada, members);
		}
		BigDecimal spending = counted.stream().map(f -> f.row().defenceExpenditureMusd()).reduce(BigDecimal.ZERO,
				BigDecimal::add);
		BigDecimal gdp = counted.stream().map(f -> f.row().gdpMusd()).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new YearFacts(year, allies, spending.doubleValue(), gdp.doubleValue(), median,
				ShownShare.of(ShownShare.ratioPct(spending, gdp)).doubleValue(), printedTotal, printedEuropeCanada,
				members);
	}

	/** The median of the members' shown shares, half-up to two decimals; null when none has a share. */
	private static @Nullable BigDecimal median(List<AllyFacts> counted) {
		List<BigDecimal> shares = counted.stream().map(AllyFacts::roundedShare).sorted().toList();
		if (shares.isEmpty()) {
			return null;
		}
		int middle = shares.size() / 2;
		BigDecimal median = shares.size() % 2 == 1 ? shares.get(middle)
				: shares.get(middle - 1).add(shares.get(middle)).divide(TWO, ShownShare.DECIMALS + 1, RoundingMode.UNNECESSARY);
		return ShownShare.of(median);
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
