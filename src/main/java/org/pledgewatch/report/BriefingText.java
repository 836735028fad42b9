package org.pledgewatch.report;

import java.util.ArrayList;
import java.util.List;

import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.CountryHistory;
import org.pledgewatch.compliance.Highlight;
import org.pledgewatch.compliance.ShareSince;

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
				: report.summary().complete()
						? text.get("report.briefing.ranked", text.rank(h.rank(), h.alliesSharingRank()), h.alliesRanked())
						: text.partialRank(h.rank(), report.summary());
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
		ShareSince since = history == null ? null : ShareSince.of(history, row);
		if (since != null) {
			sentences.add(sinceFirst(since));
		}
		return String.join(" ", sentences);
	}

	private String sinceFirst(ShareSince since) {
		String spending = since.spendingChangePct() == null ? ""
				: text.get("report.briefing.spending", text.musd(since.fromMusd()), text.musd(since.toMusd()),
						text.change(since.spendingChangePct()));
		if (since.unchanged()) {
			return text.get("report.briefing.unchanged", since.fromYear(), text.pct(since.toPct()), spending);
		}
		return text.get(since.changePts() > 0 ? "report.briefing.rose" : "report.briefing.fell", since.fromYear(),
				text.pct(since.fromPct()), text.pct(since.toPct()), text.points(since.changePts()), spending);
	}

}
