package org.pledgewatch.compliance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.compliance.CountryHistory.AllianceMedian;
import org.pledgewatch.dataset.DatasetCitation;
import org.pledgewatch.dataset.DatasetRow;

/**
 * Everything computed from one dataset version. Immutable: a new version gets a new model, swapped in whole, so a
 * reader never sees half of one and half of another. Applying a target is a comparison per ally, done on request.
 */
public final class ComplianceModel {

	private static final String UNITED_STATES = "USA";

	/** Targets whose paths and trend are kept: the defaults (2, 3.5, 5) and a few more. */
	private static final int TARGETS_KEPT = 8;

	private final DatasetCitation citation;

	private final TreeMap<Integer, YearFacts> years;

	private final Map<String, Ally> allies;

	/**
	 * Each ally's facts by year (index: year − first year): looking one up is constant time, so no request costs
	 * allies × allies, and an array per ally holds a million ally-years in a few megabytes.
	 */
	private final Map<String, AllyFacts[]> byAlly = new HashMap<>();

	private final int defaultYear;

	private final boolean moneyFigures;

	private final boolean population;

	/** Paths for the last few targets asked for: bounded, whatever targets readers type. */
	private final RecentTargets<List<TargetPath>> pathsByTarget = new RecentTargets<>(TARGETS_KEPT);

	private final RecentTargets<Trend> trendByTarget = new RecentTargets<>(TARGETS_KEPT);

	ComplianceModel(DatasetCitation citation, Map<Integer, YearFacts> years) {
		this.citation = citation;
		this.years = new TreeMap<>(years);
		// The latest year in which at least half of the members report; a later, partial year stays selectable.
		this.defaultYear = this.years.descendingMap()
			.values()
			.stream()
			.filter(YearFacts::complete)
			.map(YearFacts::year)
			.findFirst()
			.orElse(this.years.lastKey());
		int span = this.years.lastKey() - this.years.firstKey() + 1;
		this.years.values().forEach(y -> y.allies().forEach(f -> {
			AllyFacts[] history = byAlly.computeIfAbsent(f.row().iso3(), k -> new AllyFacts[span]);
			int index = y.year() - this.years.firstKey();
			if (history[index] == null) {
				history[index] = f;
			}
		}));
		Map<String, Ally> byIso3 = new LinkedHashMap<>();
		// The latest spelling of a name wins, so a renamed ally shows its current name.
		this.years.values()
			.forEach(y -> y.allies().forEach(f -> byIso3.put(f.row().iso3(), new Ally(f.row().iso3(), f.row().country()))));
		List<Ally> sorted = new ArrayList<>(byIso3.values());
		sorted.sort(Comparator.comparing(Ally::country));
		Map<String, Ally> ordered = new LinkedHashMap<>();
		sorted.forEach(a -> ordered.put(a.iso3(), a));
		this.allies = ordered;
		this.moneyFigures = citation.moneyFigures() && anyRow(r -> r.defenceExpenditureMusd() != null || r.gdpMusd() != null);
		this.population = anyRow(r -> r.populationThousands() != null);
	}

	private boolean anyRow(Predicate<DatasetRow> test) {
		return years.values().stream().flatMap(y -> y.allies().stream()).anyMatch(f -> test.test(f.row()));
	}

	public int version() {
		return citation.version();
	}

	/** The dataset version these figures come from and how to cite it. */
	public DatasetCitation citation() {
		return citation;
	}

	/** The year a reader sees first: the latest year in which at least half of that year's members have a share. */
	public int defaultYear() {
		return defaultYear;
	}

	/** {@code year}, or the default year when none is asked for. */
	public int yearOrDefault(@Nullable Integer year) {
		return year == null ? defaultYear : year;
	}

	/** The years in which fewer than half of that year's members (by the accession register) have a share. */
	public java.util.Set<Integer> partialYears() {
		java.util.Set<Integer> partial = new java.util.TreeSet<>();
		years.values().stream().filter(y -> !y.complete()).forEach(y -> partial.add(y.year()));
		return partial;
	}

	public List<Integer> years() {
		return List.copyOf(years.keySet());
	}

	public int firstYear() {
		return years.firstKey();
	}

	public int latestYear() {
		return years.lastKey();
	}

	/** The years the version covers as titles and captions write them: {@code 2014–2025}. */
	public String yearSpan() {
		return firstYear() + "–" + latestYear();
	}

	/**
	 * Whether the version gives defence expenditure or GDP in money for any ally in any year. A shares-only edition
	 * does not: its gaps are in percentage points, and money figures are "not available in this edition".
	 */
	public boolean moneyFigures() {
		return moneyFigures;
	}

	/** Whether any row gives a population (the World Bank's); an edition may give none. */
	public boolean population() {
		return population;
	}

	/** Allies sorted by name. */
	public List<Ally> allies() {
		return List.copyOf(allies.values());
	}

	public Optional<Ally> ally(String iso3) {
		return Optional.ofNullable(allies.get(iso3));
	}

	public YearCompliance year(int year, Target target) {
		return new YearCompliance(year, target.pctValue(), facts(year).allies().stream().map(f -> {
			RequestBudget.check();
			return f.measure(target);
		}).toList(), citation);
	}

	public YearSummary summary(int year, Target target, String highlightIso3) {
		YearFacts facts = facts(year);
		List<AllyFacts> counted = facts.counted();
		List<String> meeting = counted.stream().filter(f -> Boolean.TRUE.equals(f.meets(target))).map(f -> f.row().iso3()).toList();
		Double us = facts.totalSpending() == null ? null
				: counted.stream()
					.filter(f -> UNITED_STATES.equals(f.row().iso3()))
					.findFirst()
					.map(f -> f.row().defenceExpenditureMusd().doubleValue())
					.orElse(null);
		Double europeCanada = facts.totalSpending() == null ? null : facts.totalSpending() - (us == null ? 0 : us);
		return new YearSummary(year, target.pctValue(), counted.size(), meeting.size(), meeting, facts.totalSpending(),
				facts.totalGdp(), us, europeCanada, facts.allianceShare(), facts.medianShare(), facts.estimate(),
				highlight(facts, target, highlightIso3, counted.size()), facts.members(), facts.complete(), citation,
				facts.publishedAllianceShare(), facts.publishedEuropeCanadaShare(), null);
	}

	/** How many allies meet the target in each year, oldest first; kept for the last few targets. */
	public Trend trend(Target target) {
		return trendByTarget.get(target,
				t -> new Trend(t.pctValue(), citation, years.values().stream().map(f -> trendYear(f, t)).toList()));
	}

	private static Trend.TrendYear trendYear(YearFacts f, Target target) {
		RequestBudget.check();
		return new Trend.TrendYear(f.year(), f.counted().size(),
				(int) f.counted().stream().filter(a -> Boolean.TRUE.equals(a.meets(target))).count(), f.medianShare(),
				f.allianceShare(), f.complete(), f.publishedAllianceShare(), f.publishedEuropeCanadaShare());
	}

	/**
	 * The first year {@code iso3} meets the target as a member within this data set, and the allies that newly meet
	 * or newly miss it in {@code year} against the year before (allies with a share in both years, and allies that join
	 * in {@code year} at or above the target).
	 */
	public TargetStatus status(String iso3, int year, Target target) {
		Ally ally = ally(iso3).orElseThrow(() -> new UnknownCountryException(iso3));
		YearFacts shown = facts(year);
		AllyFacts first = null;
		AllyFacts before = null;
		boolean anyFigure = false;
		for (YearFacts facts : years.values()) {
			RequestBudget.check();
			AllyFacts f = find(facts.year(), iso3);
			anyFigure |= f != null && f.counted();
			if (f != null && f.member() && Boolean.TRUE.equals(f.meets(target))) {
				first = f;
				break;
			}
			before = f != null && f.share() != null ? f : null;
		}
		YearFacts previous = years.get(year - 1);
		List<Ally> newlyMeeting = new ArrayList<>();
		List<Ally> newlyMissing = new ArrayList<>();
		if (previous != null) {
			for (AllyFacts now : shown.counted()) {
				RequestBudget.check();
				AllyFacts then = find(previous.year(), now.row().iso3());
				Boolean meetsNow = now.meets(target);
				Ally a = allies.get(now.row().iso3());
				// An ally that joins this year at or above the target newly counts as meeting it (Finland 2023,
				// Sweden 2024); an ally without a row or without a figure the year before is not compared.
				if (then == null) {
					continue;
				}
				if (!then.member()) {
					if (Boolean.TRUE.equals(meetsNow)) {
						newlyMeeting.add(a);
					}
					continue;
				}
				if (!then.counted()) {
					continue;
				}
				Boolean metThen = then.meets(target);
				if (Boolean.TRUE.equals(meetsNow) && Boolean.FALSE.equals(metThen)) {
					newlyMeeting.add(a);
				}
				else if (Boolean.FALSE.equals(meetsNow) && Boolean.TRUE.equals(metThen)) {
					newlyMissing.add(a);
				}
			}
		}
		boolean firstOfData = first != null && first.row().year() == firstYear();
		boolean adjacent = first != null && before != null && before.row().year() == first.row().year() - 1;
		return new TargetStatus(ally.iso3(), ally.country(), target.pctValue(),
				first == null ? null : first.row().year(), first == null ? null : first.roundedShare().doubleValue(),
				adjacent ? before.row().year() : null, adjacent ? before.roundedShare().doubleValue() : null,
				firstOfData, year, newlyMeeting, newlyMissing, anyFigure);
	}

	private @Nullable AllyFacts find(int year, String iso3) {
		AllyFacts[] history = byAlly.get(iso3);
		int index = year - years.firstKey();
		return history == null || index < 0 || index >= history.length ? null : history[index];
	}

	public CountryHistory country(String iso3, Target target) {
		Ally ally = ally(iso3).orElseThrow(() -> new UnknownCountryException(iso3));
		List<AllyYear> rows = new ArrayList<>();
		List<AllianceMedian> medians = new ArrayList<>();
		for (YearFacts facts : years.values()) {
			AllyFacts f = find(facts.year(), iso3);
			if (f != null) {
				rows.add(f.measure(target));
			}
			medians.add(new AllianceMedian(facts.year(), facts.medianShare()));
		}
		return new CountryHistory(ally.iso3(), ally.country(), target.pctValue(), rows, medians, citation);
	}

	/** What it takes {@code iso3} to reach the target by 2035 from its latest reported year. */
	public TargetPath path(String iso3, Target target) {
		CountryHistory history = country(iso3, target);
		return TargetPaths.of(history.iso3(), history.country(), target, TargetPath.HAGUE_DEADLINE, history.rows());
	}

	/** Every ally's path to the target by 2035, allies sorted by name; kept for the last few targets. */
	public List<TargetPath> paths(Target target) {
		return pathsByTarget.get(target, t -> allies.keySet().stream().map(iso3 -> {
			RequestBudget.check();
			return path(iso3, t);
		}).toList());
	}

	private static Highlight highlight(YearFacts facts, Target target, String iso3, int ranked) {
		return facts.allies()
			.stream()
			.filter(f -> f.row().iso3().equals(iso3))
			.findFirst()
			.map(f -> f.measure(target))
			.map(a -> new Highlight(a.iso3(), a.country(), a.shareOfGdpPctRounded(), a.rank(), ranked, a.gapToTargetMusd(),
					a.meetsTarget(), a.estimate(), a.gapToTargetPts(), a.rank() == null ? 0
							: (int) facts.counted().stream().filter(f -> a.rank().equals(f.rank())).count()))
			.orElse(new Highlight(iso3, iso3, null, null, ranked, null, null, false, null, 0));
	}

	/** Each ally's share as printed (two decimals) in {@code year}, by iso3; allies without a share are left out. */
	Map<String, BigDecimal> printedShares(int year) {
		Map<String, BigDecimal> shares = new HashMap<>();
		facts(year).allies().forEach(f -> {
			if (f.roundedShare() != null) {
				shares.putIfAbsent(f.row().iso3(), f.roundedShare());
			}
		});
		return shares;
	}

	private YearFacts facts(int year) {
		YearFacts facts = years.get(year);
		if (facts == null) {
			throw new UnknownYearException(year, firstYear(), latestYear());
		}
		return facts;
	}

}
