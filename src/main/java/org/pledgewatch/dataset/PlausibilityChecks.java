package org.pledgewatch.dataset;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Checks an upload's figures against the published (active) version and against what a year of NATO figures looks
 * like. A hit is not an error (a revision can be large, a new ally can spend little) but holds back publishing until
 * the editor has seen it: a file read with the wrong separators or a file holding one ally's row passes every
 * format rule and would still publish nonsense.
 */
public final class PlausibilityChecks {

	/** A money figure changing by more than this fraction of its published value is questioned. */
	static final BigDecimal MONEY_CHANGE = new BigDecimal("0.5");

	/** A share moving by more than this many percentage points is questioned. */
	static final BigDecimal SHARE_MOVE = BigDecimal.ONE;

	static final BigDecimal LOWEST_SHARE = new BigDecimal("0.1");

	static final BigDecimal HIGHEST_SHARE = new BigDecimal("15");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final AccessionRegister accessions;

	private final @Nullable String highlightIso3;

	/**
	 * @param highlightIso3 the ally every page calls out; null to skip that check
	 */
	public PlausibilityChecks(AccessionRegister accessions, @Nullable String highlightIso3) {
		this.accessions = accessions;
		this.highlightIso3 = highlightIso3;
	}

	/** Every plausibility warning for the upload's rows against the published rows, in a stable order. */
	public List<UploadWarning> check(List<DatasetRow> rows, Dataset published) {
		return check(rows, published.citation().currency(), published);
	}

	/**
	 * As {@link #check(List, Dataset)} for an upload whose money is in {@code currency}. Money in another currency
	 * than the published version's is never compared with it: one warning says so instead of a money jump per row.
	 */
	public List<UploadWarning> check(List<DatasetRow> rows, String currency, Dataset published) {
		Map<String, DatasetRow> before = new HashMap<>();
		published.rows().forEach(row -> before.put(key(row), row));
		List<UploadWarning> warnings = new ArrayList<>();
		String publishedCurrency = published.citation().currency();
		boolean sameCurrency = publishedCurrency.equals(currency);
		boolean money = rows.stream().anyMatch(DatasetRow::hasMoney)
				&& published.rows().stream().anyMatch(DatasetRow::hasMoney);
		if (!sameCurrency && money) {
			warnings.add(UploadRule.MONEY_OTHER_CURRENCY.needsConfirmation(new UploadWarning.Cell("*",
					CanonicalColumns.DEFENCE_EXPENDITURE_MUSD + ", " + CanonicalColumns.GDP_MUSD, publishedCurrency,
					currency)));
		}
		for (DatasetRow row : rows) {
			DatasetRow old = before.get(key(row));
			if (old != null) {
				if (sameCurrency) {
					moneyJump(row, old, CanonicalColumns.DEFENCE_EXPENDITURE_MUSD, old.defenceExpenditureMusd(),
							row.defenceExpenditureMusd(), warnings);
					moneyJump(row, old, CanonicalColumns.GDP_MUSD, old.gdpMusd(), row.gdpMusd(), warnings);
				}
				shareJump(row, old, warnings);
			}
			BigDecimal share = shareUsed(row);
			if (share != null && (share.compareTo(LOWEST_SHARE) < 0 || share.compareTo(HIGHEST_SHARE) > 0)) {
				warnings.add(UploadRule.SHARE_IMPLAUSIBLE.needsConfirmation(
						new UploadWarning.Cell(label(row), shareColumn(row), text(old == null ? null : shareUsed(old)),
								share.toPlainString())));
			}
		}
		NewYearShares.check(rows, published, warnings);
		yearChecks(rows, published, warnings);
		return warnings;
	}

	private void yearChecks(List<DatasetRow> rows, Dataset published, List<UploadWarning> warnings) {
		TreeMap<Integer, Set<String>> reporting = reporting(rows);
		Map<Integer, Set<String>> reportedBefore = reporting(published.rows());
		Integer latestComplete = null;
		for (var year : reporting.entrySet()) {
			int members = members(year.getKey(), rows).size();
			int withShare = year.getValue().size();
			if (withShare * 2 < members) {
				Set<String> before = reportedBefore.get(year.getKey());
				warnings.add(UploadRule.SPARSE_YEAR.needsConfirmation(new UploadWarning.Cell(
						String.valueOf(year.getKey()), CanonicalColumns.SHARE_OF_GDP_PCT,
						before == null ? null : String.valueOf(before.size()), String.valueOf(withShare)),
						String.valueOf(members)));
			}
			else {
				latestComplete = year.getKey();
			}
		}
		if (highlightIso3 == null || latestComplete == null
				|| reporting.get(latestComplete).contains(highlightIso3)) {
			return;
		}
		int year = latestComplete;
		String country = rows.stream()
			.filter(r -> r.iso3().equals(highlightIso3))
			.map(DatasetRow::country)
			.findFirst()
			.or(() -> published.rows().stream().filter(r -> r.iso3().equals(highlightIso3)).map(DatasetRow::country).findFirst())
			.or(() -> accessions.find(highlightIso3).map(Accession::country))
			.orElse(highlightIso3);
		BigDecimal before = published.rows()
			.stream()
			.filter(r -> r.iso3().equals(highlightIso3) && r.year() == year)
			.map(PlausibilityChecks::shareUsed)
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
		warnings.add(UploadRule.HIGHLIGHTED_ALLY_MISSING.needsConfirmation(new UploadWarning.Cell(
				country + " (" + highlightIso3 + ") " + year, CanonicalColumns.SHARE_OF_GDP_PCT, text(before), null)));
	}

	/** Allies with a share used, by year. */
	private static TreeMap<Integer, Set<String>> reporting(List<DatasetRow> rows) {
		TreeMap<Integer, Set<String>> byYear = new TreeMap<>();
		for (DatasetRow row : rows) {
			Set<String> allies = byYear.computeIfAbsent(row.year(), y -> new TreeSet<>());
			if (shareUsed(row) != null) {
				allies.add(row.iso3());
			}
		}
		return byYear;
	}

	/** The year's members by the register, and allies in the file it does not know (a new ally counts). */
	private Set<String> members(int year, List<DatasetRow> rows) {
		Set<String> members = new TreeSet<>(accessions.membersIn(year));
		rows.stream()
			.filter(r -> r.year() == year && accessions.find(r.iso3()).isEmpty())
			.forEach(r -> members.add(r.iso3()));
		return members;
	}

	private static void moneyJump(DatasetRow row, DatasetRow old, String column, @Nullable BigDecimal before,
			@Nullable BigDecimal after, List<UploadWarning> warnings) {
		if (before == null || after == null || before.signum() <= 0) {
			return;
		}
		BigDecimal change = after.subtract(before).divide(before, MathContext.DECIMAL64);
		if (change.abs().compareTo(MONEY_CHANGE) > 0) {
			warnings.add(UploadRule.MONEY_JUMP.needsConfirmation(new UploadWarning.Cell(label(row), column,
					before.toPlainString(), after.toPlainString()), signed(change.multiply(HUNDRED), 1)));
		}
	}

	private static void shareJump(DatasetRow row, DatasetRow old, List<UploadWarning> warnings) {
		BigDecimal before = shareUsed(old);
		BigDecimal after = shareUsed(row);
		if (before == null || after == null) {
			return;
		}
		BigDecimal move = after.subtract(before);
		if (move.abs().compareTo(SHARE_MOVE) > 0) {
			warnings.add(UploadRule.SHARE_JUMP.needsConfirmation(
					new UploadWarning.Cell(label(row), shareColumn(row), before.toPlainString(), after.toPlainString()),
					signed(move, 2)));
		}
	}

	/** The share the dashboard uses: the publisher's where the row prints one, else spending / GDP. */
	static @Nullable BigDecimal shareUsed(DatasetRow row) {
		return row.shareOfGdpPct() != null ? row.shareOfGdpPct() : row.computedShareOfGdpPct();
	}

	private static String shareColumn(DatasetRow row) {
		return row.shareOfGdpPct() != null ? CanonicalColumns.SHARE_OF_GDP_PCT
				: CanonicalColumns.DEFENCE_EXPENDITURE_MUSD + " / " + CanonicalColumns.GDP_MUSD;
	}

	private static String signed(BigDecimal value, int decimals) {
		BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
		return (rounded.signum() > 0 ? "+" : "") + String.format(Locale.ROOT, "%s", rounded.toPlainString());
	}

	/** A figure as the file wrote it, for a warning's old or new value. */
	static @Nullable String text(@Nullable BigDecimal value) {
		return value == null ? null : value.toPlainString();
	}

	/** How a warning names an ally-year: "Belgium (BEL) 2024". */
	static String label(DatasetRow row) {
		return row.country() + " (" + row.iso3() + ") " + row.year();
	}

	/** An ally-year's key for matching rows across versions. */
	static String key(DatasetRow row) {
		return row.iso3() + " " + row.year();
	}

}
