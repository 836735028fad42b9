package org.pledgewatch.dataset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * The realistic mistakes of a whole file that pass every format rule: a unit or separator error in one figure (the
 * printed share and spending / GDP then disagree), a file that leaves out most of the published rows, shares given
 * as fractions. Like {@link PlausibilityChecks}, a hit holds back publishing until the editor confirms; both run on
 * every path to publishing (an upload, a draft's activation).
 */
public final class PublishChecks {

	/** A printed share and spending / GDP further apart than this many points are a unit or separator error. */
	static final BigDecimal MISMATCH_POINTS = new BigDecimal("0.5");

	/** ... as are a printed share and spending / GDP one of which is more than this many times the other. */
	static final BigDecimal MISMATCH_RATIO = new BigDecimal("1.5");

	/** A file may leave out this many percent of the published version's ally-years, but not more. */
	static final int REMOVED_PERCENT = 10;

	private static final String MONEY_SHARE = CanonicalColumns.DEFENCE_EXPENDITURE_MUSD + " / "
			+ CanonicalColumns.GDP_MUSD;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Every warning of these checks for the upload's rows, in a stable order.
	 *
	 * @param published the version readers see now
	 * @param moneyBaseline the newest published version with money figures, when the published one has none (its
	 * money is what the upload's is compared with); null otherwise
	 */
	public List<UploadWarning> check(List<DatasetRow> rows, Dataset published, @Nullable Dataset moneyBaseline) {
		Map<String, DatasetRow> before = byKey(published.rows());
		List<UploadWarning> warnings = new ArrayList<>();
		sharesAsFractions(rows).ifPresent(warnings::add);
		for (DatasetRow row : rows) {
			DatasetRow old = before.get(PlausibilityChecks.key(row));
			shareMismatchLarge(row, old).ifPresent(warnings::add);
			computedShareImplausible(row, old).ifPresent(warnings::add);
		}
		if (moneyBaseline != null) {
			moneyJumps(rows, moneyBaseline, warnings);
		}
		rowsRemoved(rows, published).ifPresent(warnings::add);
		return warnings;
	}

	/** A plain warning for each stored version whose file is byte for byte this one. */
	public static List<UploadWarning> duplicates(byte[] content, List<DatasetVersion> stored) {
		String sha256 = VersionSummary.sha256(content);
		return stored.stream()
			.filter(v -> v.sha256().equalsIgnoreCase(sha256))
			.map(v -> UploadRule.DUPLICATE_OF_VERSION.warning(String.valueOf(v.version()), v.filename(), sha256))
			.toList();
	}

	/**
	 * The printed share and spending / GDP more than {@link #MISMATCH_POINTS} points apart, or one more than
	 * {@link #MISMATCH_RATIO} times the other: NATO's constant-price share never strays that far from the
	 * current-price ratio, a GDP in thousands or a "8.519" read as 8,519 does.
	 */
	static Optional<UploadWarning> shareMismatchLarge(DatasetRow row, @Nullable DatasetRow old) {
		BigDecimal printed = row.shareOfGdpPct();
		if (printed == null || !row.hasMoney()) {
			return Optional.empty();
		}
		// Unrounded: "more than 1.5 times" is decided on the figures, not on their two-decimal display.
		BigDecimal computed = row.defenceExpenditureMusd().multiply(HUNDRED).divide(row.gdpMusd(), MathContext.DECIMAL64);
		BigDecimal larger = printed.max(computed);
		BigDecimal smaller = printed.min(computed);
		boolean apart = larger.subtract(smaller).compareTo(MISMATCH_POINTS) > 0;
		boolean ratio = larger.compareTo(smaller.multiply(MISMATCH_RATIO)) > 0;
		if (!apart && !ratio) {
			return Optional.empty();
		}
		return Optional.of(UploadRule.SHARE_MISMATCH_LARGE.needsConfirmation(
				new UploadWarning.Cell(PlausibilityChecks.label(row), MONEY_SHARE, old == null ? null : PlausibilityChecks.text(old.computedShareOfGdpPct()),
						PlausibilityChecks.text(row.computedShareOfGdpPct())),
				printed.toPlainString()));
	}

	/**
	 * Spending / GDP outside what a NATO share can be, where the row also prints a share ({@link PlausibilityChecks}
	 * questions the share used, which is then the printed one).
	 */
	private static Optional<UploadWarning> computedShareImplausible(DatasetRow row, @Nullable DatasetRow old) {
		BigDecimal computed = row.computedShareOfGdpPct();
		if (row.shareOfGdpPct() == null || computed == null || plausible(computed)) {
			return Optional.empty();
		}
		return Optional.of(UploadRule.COMPUTED_SHARE_IMPLAUSIBLE.needsConfirmation(new UploadWarning.Cell(PlausibilityChecks.label(row),
				MONEY_SHARE, old == null ? null : PlausibilityChecks.text(old.computedShareOfGdpPct()), computed.toPlainString())));
	}

	/** Every share in the file below 0.1%: 2% written as 0.02. */
	private static Optional<UploadWarning> sharesAsFractions(List<DatasetRow> rows) {
		List<BigDecimal> shares = rows.stream()
			.map(PlausibilityChecks::shareUsed)
			.filter(Objects::nonNull)
			.toList();
		if (shares.isEmpty() || shares.stream().anyMatch(s -> s.compareTo(PlausibilityChecks.LOWEST_SHARE) >= 0)) {
			return Optional.empty();
		}
		BigDecimal largest = shares.stream().max(BigDecimal::compareTo).orElseThrow();
		return Optional.of(UploadRule.SHARES_AS_FRACTIONS.needsConfirmation(
				new UploadWarning.Cell(years(rows), CanonicalColumns.SHARE_OF_GDP_PCT, null, largest.toPlainString()),
				String.valueOf(shares.size()), PlausibilityChecks.LOWEST_SHARE.toPlainString()));
	}

	/** Money against the newest published version that has money figures, when the published one has none. */
	private static void moneyJumps(List<DatasetRow> rows, Dataset baseline, List<UploadWarning> warnings) {
		Map<String, DatasetRow> before = byKey(baseline.rows());
		for (DatasetRow row : rows) {
			DatasetRow old = before.get(PlausibilityChecks.key(row));
			if (old != null) {
				moneyJump(row, CanonicalColumns.DEFENCE_EXPENDITURE_MUSD, old.defenceExpenditureMusd(),
						row.defenceExpenditureMusd(), baseline.version(), warnings);
				moneyJump(row, CanonicalColumns.GDP_MUSD, old.gdpMusd(), row.gdpMusd(), baseline.version(), warnings);
			}
		}
	}

	private static void moneyJump(DatasetRow row, String column, @Nullable BigDecimal before,
			@Nullable BigDecimal after, int version, List<UploadWarning> warnings) {
		if (before == null || after == null || before.signum() <= 0) {
			return;
		}
		BigDecimal change = after.subtract(before).divide(before, MathContext.DECIMAL64);
		if (change.abs().compareTo(PlausibilityChecks.MONEY_CHANGE) > 0) {
			BigDecimal percent = change.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP);
			warnings.add(UploadRule.MONEY_JUMP_EARLIER_VERSION.needsConfirmation(
					new UploadWarning.Cell(PlausibilityChecks.label(row), column, before.toPlainString(), after.toPlainString()),
					(percent.signum() > 0 ? "+" : "") + percent.toPlainString(), String.valueOf(version)));
		}
	}

	/** More than {@link #REMOVED_PERCENT}% of the published ally-years missing from the file. */
	static Optional<UploadWarning> rowsRemoved(List<DatasetRow> rows, Dataset published) {
		Set<String> kept = rows.stream().map(PlausibilityChecks::key).collect(Collectors.toSet());
		Set<String> publishedKeys = new LinkedHashSet<>();
		published.rows().forEach(r -> publishedKeys.add(PlausibilityChecks.key(r)));
		List<String> removed = publishedKeys.stream().filter(k -> !kept.contains(k)).toList();
		if ((long) removed.size() * 100 <= (long) publishedKeys.size() * REMOVED_PERCENT) {
			return Optional.empty();
		}
		String examples = String.join(", ", removed.subList(0, Math.min(3, removed.size())))
				+ (removed.size() > 3 ? ", …" : "");
		return Optional.of(UploadRule.ROWS_REMOVED.needsConfirmation(
				new UploadWarning.Cell(examples, CanonicalColumns.ISO3 + ", " + CanonicalColumns.YEAR,
						String.valueOf(publishedKeys.size()), String.valueOf(publishedKeys.size() - removed.size())),
				String.valueOf(removed.size()), String.valueOf(published.version()),
				String.valueOf(REMOVED_PERCENT)));
	}

	private static boolean plausible(BigDecimal share) {
		return share.compareTo(PlausibilityChecks.LOWEST_SHARE) >= 0
				&& share.compareTo(PlausibilityChecks.HIGHEST_SHARE) <= 0;
	}

	private static String years(List<DatasetRow> rows) {
		int first = rows.stream().mapToInt(DatasetRow::year).min().orElse(0);
		int last = rows.stream().mapToInt(DatasetRow::year).max().orElse(0);
		return first == last ? String.valueOf(first) : first + "–" + last;
	}

	private static Map<String, DatasetRow> byKey(List<DatasetRow> rows) {
		Map<String, DatasetRow> byKey = new HashMap<>();
		rows.forEach(row -> byKey.put(PlausibilityChecks.key(row), row));
		return byKey;
	}


}
