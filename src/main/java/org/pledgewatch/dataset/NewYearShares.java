package org.pledgewatch.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A year the published version does not have yet is compared with the same ally's latest published year before it:
 * a share that moves more than {@link PlausibilityChecks#SHARE_MOVE} points from there is a {@code share-jump} too.
 * Without this a new year with Belgium at 14.9% would publish unquestioned: nothing else compares across years.
 */
final class NewYearShares {

	private NewYearShares() {
	}

	static void check(List<DatasetRow> rows, Dataset published, List<UploadWarning> warnings) {
		Map<String, TreeMap<Integer, BigDecimal>> sharesByAlly = new HashMap<>();
		for (DatasetRow row : published.rows()) {
			BigDecimal share = PlausibilityChecks.shareUsed(row);
			if (share != null) {
				sharesByAlly.computeIfAbsent(row.iso3(), iso3 -> new TreeMap<>()).put(row.year(), share);
			}
		}
		java.util.Set<String> publishedYears = new java.util.HashSet<>();
		published.rows().forEach(row -> publishedYears.add(row.iso3() + " " + row.year()));
		for (DatasetRow row : rows) {
			BigDecimal after = PlausibilityChecks.shareUsed(row);
			TreeMap<Integer, BigDecimal> shares = sharesByAlly.get(row.iso3());
			if (after == null || shares == null || publishedYears.contains(row.iso3() + " " + row.year())) {
				continue;
			}
			var latest = shares.lowerEntry(row.year());
			if (latest == null) {
				continue;
			}
			BigDecimal move = after.subtract(latest.getValue());
			if (move.abs().compareTo(PlausibilityChecks.SHARE_MOVE) > 0) {
				BigDecimal points = move.setScale(2, RoundingMode.HALF_UP);
				warnings.add(UploadRule.SHARE_JUMP_NEW_YEAR.needsConfirmation(
						new UploadWarning.Cell(row.country() + " (" + row.iso3() + ") " + row.year(),
								row.shareOfGdpPct() != null ? CanonicalColumns.SHARE_OF_GDP_PCT
										: CanonicalColumns.DEFENCE_EXPENDITURE_MUSD + " / " + CanonicalColumns.GDP_MUSD,
								latest.getValue().toPlainString(), after.toPlainString()),
						(points.signum() > 0 ? "+" : "") + points.toPlainString(), String.valueOf(latest.getKey())));
			}
		}
	}

}
