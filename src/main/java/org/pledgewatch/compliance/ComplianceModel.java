package org.pledgewatch.compliance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.pledgewatch.compliance.CountryHistory.AllianceMedian;

/**
 * Everything computed from one dataset version. Immutable: a new version gets a new model, swapped in whole, so a
 * reader never sees half of one and half of another. Applying a target is a comparison per ally, done on request.
 */
public final class ComplianceModel {

	private static final String UNITED_STATES = "USA";

	private final int version;

	private final TreeMap<Integer, YearFacts> years;

	private final Map<String, Ally> allies;

	ComplianceModel(int version, Map<Integer, YearFacts> years) {
		this.version = version;
		this.years = new TreeMap<>(years);
		Map<String, Ally> byIso3 = new LinkedHashMap<>();
		// The latest spelling of a name wins, so a renamed ally shows its current name.
		this.years.values()
			.forEach(y -> y.allies().forEach(f -> byIso3.put(f.row().iso3(), new Ally(f.row().iso3(), f.row().country()))));
		List<Ally> sorted = new ArrayList<>(byIso3.values());
		sorted.sort(Comparator.comparing(Ally::country));
		Map<String, Ally> ordered = new LinkedHashMap<>();
		sorted.forEach(a -> ordered.put(a.iso3(), a));
		this.allies = ordered;
	}

	public int version() {
		return version;
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

	/** Allies sorted by name. */
	public List<Ally> allies() {
		return List.copyOf(allies.values());
	}

	public Optional<Ally> ally(String iso3) {
		return Optional.ofNullable(allies.get(iso3));
	}

	public YearCompliance year(int year, Target target) {
		return new YearCompliance(year, target.pctValue(),
				facts(year).allies().stream().map(f -> f.measure(target)).toList());
	}

	public YearSummary summary(int year, Target target, String highlightIso3) {
		YearFacts facts = facts(year);
		List<AllyFacts> counted = facts.counted();
		List<String> meeting = counted.stream().filter(f -> Boolean.TRUE.equals(f.meets(target))).map(f -> f.row().iso3()).toList();
		Double us = counted.stream()
			.filter(f -> UNITED_STATES.equals(f.row().iso3()))
			.findFirst()
			.map(f -> f.row().defenceExpenditureMusd().doubleValue())
			.orElse(null);
		return new YearSummary(year, target.pctValue(), counted.size(), meeting.size(), meeting, facts.totalSpending(),
				facts.totalGdp(), us, facts.totalSpending() - (us == null ? 0 : us), facts.allianceShare(),
				facts.medianShare(), facts.estimate(), highlight(facts, target, highlightIso3, counted.size()));
	}

	public CountryHistory country(String iso3, Target target) {
		Ally ally = ally(iso3).orElseThrow(() -> new UnknownCountryException(iso3));
		List<AllyYear> rows = new ArrayList<>();
		List<AllianceMedian> medians = new ArrayList<>();
		for (YearFacts facts : years.values()) {
			facts.allies().stream().filter(f -> f.row().iso3().equals(iso3)).findFirst().ifPresent(f -> rows.add(f.measure(target)));
			medians.add(new AllianceMedian(facts.year(), facts.medianShare()));
		}
		return new CountryHistory(ally.iso3(), ally.country(), target.pctValue(), rows, medians);
	}

	/** What it takes {@code iso3} to reach the target by 2035 from its latest reported year. */
	public TargetPath path(String iso3, Target target) {
		CountryHistory history = country(iso3, target);
		return TargetPaths.of(history.iso3(), history.country(), target, TargetPath.HAGUE_DEADLINE, history.rows());
	}

	/** Every ally's path to the target by 2035, allies sorted by name. */
	public List<TargetPath> paths(Target target) {
		return allies.keySet().stream().map(iso3 -> path(iso3, target)).toList();
	}

	private static Highlight highlight(YearFacts facts, Target target, String iso3, int ranked) {
		return facts.allies()
			.stream()
			.filter(f -> f.row().iso3().equals(iso3))
			.findFirst()
			.map(f -> f.measure(target))
			.map(a -> new Highlight(a.iso3(), a.country(), a.shareOfGdpPct(), a.rank(), ranked, a.gapToTargetMusd(),
					a.meetsTarget(), a.estimate()))
			.orElse(new Highlight(iso3, iso3, null, null, ranked, null, null, false));
	}

	private YearFacts facts(int year) {
		YearFacts facts = years.get(year);
		if (facts == null) {
			throw new UnknownYearException(year, firstYear(), latestYear());
		}
		return facts;
	}

}
