package org.pledgewatch.compliance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetCitation;

/**
 * The previous published edition of the same publisher as the version shown, and what the shown version revised in
 * it: the printed shares (two decimals) that differ, ally-year by ally-year. Computed once per shown version; the
 * year's counts against a target come from the previous edition's own model, so "meets" has one rule.
 */
public final class PreviousEdition {

	private static final PreviousEdition NONE = new PreviousEdition(null, Map.of(), List.of());

	private final @Nullable ComplianceModel previous;

	/** iso3 → year → the share the previous edition printed, where the shown version prints another. */
	private final Map<String, Map<Integer, BigDecimal>> revised;

	private final List<Revision> revisions;

	private PreviousEdition(@Nullable ComplianceModel previous, Map<String, Map<Integer, BigDecimal>> revised,
			List<Revision> revisions) {
		this.previous = previous;
		this.revised = revised;
		this.revisions = revisions;
	}

	/** No previous edition: nothing is marked as revised. */
	public static PreviousEdition none() {
		return NONE;
	}

	/** What {@code shown} revised in {@code previous}: every ally-year both print a share for, and they differ. */
	static PreviousEdition of(ComplianceModel previous, ComplianceModel shown) {
		Map<String, Map<Integer, BigDecimal>> revised = new HashMap<>();
		List<Revision> revisions = new ArrayList<>();
		for (int year : shown.years()) {
			if (!previous.years().contains(year)) {
				continue;
			}
			Map<String, BigDecimal> was = previous.printedShares(year);
			shown.printedShares(year).forEach((iso3, now) -> {
				BigDecimal then = was.get(iso3);
				if (then != null && then.compareTo(now) != 0) {
					revised.computeIfAbsent(iso3, k -> new HashMap<>()).put(year, then);
					String country = shown.ally(iso3).map(Ally::country).orElse(iso3);
					revisions.add(new Revision(iso3, country, year, then, now));
				}
			});
		}
		// Newest years first, then by name: the years readers quote are the recent ones.
		revisions.sort(Comparator.comparingInt(Revision::year).reversed().thenComparing(Revision::country));
		return new PreviousEdition(previous, Map.copyOf(revised), List.copyOf(revisions));
	}

	public boolean present() {
		return previous != null;
	}

	/** The previous edition's citation; null when there is none. */
	public @Nullable DatasetCitation citation() {
		return previous == null ? null : previous.citation();
	}

	/** Every revised ally-year, newest year first. */
	public List<Revision> revisions() {
		return revisions;
	}

	/** What the previous edition printed for an ally-year the shown version revised; null when not revised. */
	public @Nullable PreviousShare share(String iso3, int year) {
		BigDecimal then = revised.getOrDefault(iso3, Map.of()).get(year);
		return then == null || previous == null ? null : new PreviousShare(previous.version(), then);
	}

	/** The year's count against {@code target} in the previous edition; null when it has no such year. */
	public @Nullable PreviousEditionCounts counts(int year, Target target, String highlightIso3) {
		if (previous == null || !previous.years().contains(year)) {
			return null;
		}
		YearSummary then = previous.summary(year, target, highlightIso3);
		return new PreviousEditionCounts(previous.version(), then.alliesMeetingTarget(), then.alliesReporting());
	}

	/** The rows with the previous edition's share beside each revised one. */
	public List<AllyYear> revise(List<AllyYear> rows) {
		if (revised.isEmpty()) {
			return rows;
		}
		return rows.stream().map(r -> r.withPrevious(share(r.iso3(), r.year()))).toList();
	}

	public CountryHistory revise(CountryHistory history) {
		return new CountryHistory(history.iso3(), history.country(), history.targetPct(), revise(history.rows()),
				history.allianceMedians(), history.dataset());
	}

	public YearCompliance revise(YearCompliance year) {
		return new YearCompliance(year.year(), year.targetPct(), revise(year.rows()), year.dataset());
	}

	public YearSummary revise(YearSummary summary, Target target) {
		return summary.withPreviousEdition(counts(summary.year(), target, summary.highlight().iso3()));
	}

}
