package org.pledgewatch.dataset;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * What changed between two versions, ally-year by ally-year (keyed by iso3 and year).
 *
 * @param added rows only in the newer version
 * @param removed rows only in the older version
 * @param changed rows in both whose name or figures differ (1.0 and 1.00 are the same figure)
 * @param moneyCompared false when the versions' money is in different currencies: money figures are then never
 * compared (a euro figure is not a revision of a dollar figure), only the other columns
 */
public record DatasetDiff(List<DatasetRow> added, List<DatasetRow> removed, List<Change> changed,
		boolean moneyCompared) {

	public DatasetDiff {
		added = List.copyOf(added);
		removed = List.copyOf(removed);
		changed = List.copyOf(changed);
	}

	public DatasetDiff(List<DatasetRow> added, List<DatasetRow> removed, List<Change> changed) {
		this(added, removed, changed, true);
	}

	public static DatasetDiff between(Dataset before, Dataset after) {
		boolean money = before.citation().sameCurrency(after.citation());
		Map<String, DatasetRow> old = byKey(before);
		List<DatasetRow> added = new ArrayList<>();
		List<Change> changed = new ArrayList<>();
		for (DatasetRow row : after.rows()) {
			DatasetRow previous = old.remove(key(row));
			if (previous == null) {
				added.add(row);
			}
			else if (!same(previous, row, money)) {
				changed.add(new Change(previous, row));
			}
		}
		return new DatasetDiff(added, List.copyOf(old.values()), changed, money);
	}

	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
	}

	private static Map<String, DatasetRow> byKey(Dataset dataset) {
		Map<String, DatasetRow> rows = new LinkedHashMap<>();
		dataset.rows().forEach(row -> rows.put(key(row), row));
		return rows;
	}

	private static String key(DatasetRow row) {
		return row.iso3() + " " + row.year();
	}

	private static boolean same(DatasetRow a, DatasetRow b, boolean money) {
		return a.country().equals(b.country()) && a.estimate() == b.estimate()
				&& (!money || same(a.defenceExpenditureMusd(), b.defenceExpenditureMusd()) && same(a.gdpMusd(), b.gdpMusd()))
				&& same(a.populationThousands(), b.populationThousands())
				&& same(a.militaryPersonnelThousands(), b.militaryPersonnelThousands())
				&& same(a.equipmentSharePct(), b.equipmentSharePct()) && same(a.shareOfGdpPct(), b.shareOfGdpPct())
				&& same(a.realChangePct(), b.realChangePct());
	}

	private static boolean same(@Nullable BigDecimal a, @Nullable BigDecimal b) {
		return a == null || b == null ? Objects.equals(a, b) : a.compareTo(b) == 0;
	}

	/** One ally-year before and after. */
	public record Change(DatasetRow before, DatasetRow after) {
	}

}
