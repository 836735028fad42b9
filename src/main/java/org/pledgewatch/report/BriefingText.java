package org.pledgewatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.CountryHistory;
import org.pledgewatch.compliance.Highlight;

/** A short factual paragraph about the highlighted ally, written from the numbers alone, in the report's language. */
final class BriefingText {

	private final ReportText text;

	BriefingText(ReportText text) {
		this.text = text;
	}

	String paragraph(ComplianceReport report) {
		Highlight h = report.summary().highlight();
		CountryHistory history = report.highlight();
		String target = text.target(report.targetPct());
		String name = text.country(h.iso3(), h.country());
		int year = report.year();
		if (h.shareOfGdpPct() == null) {
			return text.get("report.briefing.noFigures", name, year, target);
		}
		List<String> sentences = new ArrayList<>();
		AllyYear row = report.highlightRow();
		String rank = h.rank() == null ? text.get("report.briefing.notRanked")
				: text.get("report.briefing.ranked", text.ordinal(h.rank()), h.alliesRanked());
		sentences.add(text.get(h.estimate() ? "report.briefing.shareEstimate" : "report.briefing.share", year, name,
				text.pct(h.shareOfGdpPct()), rank));
		if (Boolean.TRUE.equals(h.meetsTarget())) {
			sentences.add(text.get("report.briefing.meets", target));
		}
		else if (h.gapToTargetMusd() == null) {
			// A shares-only edition gives no money: the gap in points of GDP, never a gap of 0 dollars.
			sentences.add(text.get("report.briefing.gapPts", target, text.share(h.gapToTargetPts())));
		}
		else if (row == null || row.defenceExpenditureMusd() == null) {
			sentences.add(text.get("report.briefing.gap", target, text.musd(h.gapToTargetMusd())));
		}
		else {
			sentences.add(text.get("report.briefing.gapOnTop", target, text.musd(h.gapToTargetMusd()),
					text.musd(row.defenceExpenditureMusd())));
		}
		AllyYear first = history == null ? null : firstReported(history);
		if (first != null && row != null && first.year() < year) {
			sentences.add(sinceFirst(first, row));
		}
		return String.join(" ", sentences);
	}

	private String sinceFirst(AllyYear first, AllyYear now) {
		Double from = Objects.requireNonNull(first.shareOfGdpPctRounded());
		Double to = Objects.requireNonNull(now.shareOfGdpPctRounded());
		double points = to - from;
		String spending = "";
		Double before = first.defenceExpenditureMusd();
		Double after = now.defenceExpenditureMusd();
		if (before != null && after != null && before > 0) {
			spending = text.get("report.briefing.spending", text.musd(before), text.musd(after),
					text.change((after / before - 1) * 100));
		}
		if (Math.abs(points) < 0.005) {
			return text.get("report.briefing.unchanged", first.year(), text.pct(to), spending);
		}
		return text.get(points > 0 ? "report.briefing.rose" : "report.briefing.fell", first.year(), text.pct(from),
				text.pct(to), text.points(points), spending);
	}

	private static @Nullable AllyYear firstReported(CountryHistory history) {
		return history.rows().stream().filter(AllyYear::reported).findFirst().orElse(null);
	}

}
