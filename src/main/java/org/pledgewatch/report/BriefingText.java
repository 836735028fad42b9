package org.pledgewatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.CountryHistory;
import org.pledgewatch.compliance.Highlight;

/** A short factual paragraph about the highlighted ally, written from the numbers alone. */
final class BriefingText {

	private BriefingText() {
	}

	static String paragraph(ComplianceReport report) {
		Highlight h = report.summary().highlight();
		CountryHistory history = report.highlight();
		String target = Figures.target(report.targetPct());
		int year = report.year();
		if (h.shareOfGdpPct() == null) {
			return h.country() + " reported no defence expenditure for " + year
					+ ", so it has no share of GDP, no rank and no verdict against the " + target + " target.";
		}
		List<String> sentences = new ArrayList<>();
		AllyYear row = report.highlightRow();
		String estimate = h.estimate() ? " (NATO estimate)" : "";
		String rank = h.rank() == null ? "it was not ranked (not yet a member)"
				: "ranking " + Figures.ordinal(h.rank()) + " of " + h.alliesRanked() + " allies";
		sentences.add("In " + year + ", " + h.country() + " spent " + Figures.pct(h.shareOfGdpPct())
				+ " of its GDP on defence" + estimate + ", " + rank + ".");
		if (Boolean.TRUE.equals(h.meetsTarget())) {
			sentences.add("That meets the " + target + " target.");
		}
		else {
			sentences.add("Reaching the " + target + " target would have taken a further USD "
					+ Figures.musd(h.gapToTargetMusd()) + " million that year"
					+ (row == null ? "." : ", on top of the USD " + Figures.musd(row.defenceExpenditureMusd())
							+ " million it spent."));
		}
		AllyYear first = history == null ? null : firstReported(history);
		if (first != null && row != null && first.year() < year) {
			sentences.add(sinceFirst(first, row));
		}
		return String.join(" ", sentences);
	}

	private static String sinceFirst(AllyYear first, AllyYear now) {
		double points = Objects.requireNonNull(now.shareOfGdpPctRounded())
				- Objects.requireNonNull(first.shareOfGdpPctRounded());
		String direction = Math.abs(points) < 0.005 ? "was unchanged at " + Figures.pct(now.shareOfGdpPctRounded())
				: (points > 0 ? "rose" : "fell") + " from " + Figures.pct(first.shareOfGdpPctRounded()) + " to "
						+ Figures.pct(now.shareOfGdpPctRounded()) + " (" + (points > 0 ? "+" : "")
						+ String.format(java.util.Locale.ENGLISH, "%.2f", points) + " percentage points)";
		String spending = "";
		Double before = first.defenceExpenditureMusd();
		Double after = now.defenceExpenditureMusd();
		if (before != null && after != null && before > 0) {
			spending = ", while its defence expenditure went from USD " + Figures.musd(before) + " million to USD "
					+ Figures.musd(after) + " million (" + Figures.change((after / before - 1) * 100)
					+ " in current US dollars)";
		}
		return "Since " + first.year() + ", its share of GDP " + direction + spending + ".";
	}

	private static @Nullable AllyYear firstReported(CountryHistory history) {
		return history.rows().stream().filter(AllyYear::reported).findFirst().orElse(null);
	}

}
