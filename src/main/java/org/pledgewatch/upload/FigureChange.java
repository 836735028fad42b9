package org.pledgewatch.upload;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.CanonicalColumns;
import org.pledgewatch.dataset.DatasetDiff;
import org.pledgewatch.dataset.DatasetRow;

/**
 * One cell that differs between two versions, as written in each: "Belgium 2024 gdp_musd 655744 → 655.744".
 *
 * @param before the value in the older version; null when empty there
 * @param after the value in the newer version; null when empty there
 */
public record FigureChange(String iso3, String country, int year, String column, @Nullable String before,
		@Nullable String after) {

	private static final List<Column> COLUMNS = List.of(
			new Column(CanonicalColumns.COUNTRY, DatasetRow::country),
			new Column(CanonicalColumns.DEFENCE_EXPENDITURE_MUSD, DatasetRow::defenceExpenditureMusd),
			new Column(CanonicalColumns.GDP_MUSD, DatasetRow::gdpMusd),
			new Column(CanonicalColumns.SHARE_OF_GDP_PCT, DatasetRow::shareOfGdpPct),
			new Column(CanonicalColumns.REAL_CHANGE_PCT, DatasetRow::realChangePct),
			new Column(CanonicalColumns.POPULATION_THOUSANDS, DatasetRow::populationThousands),
			new Column(CanonicalColumns.MILITARY_PERSONNEL_THOUSANDS, DatasetRow::militaryPersonnelThousands),
			new Column(CanonicalColumns.EQUIPMENT_SHARE_PCT, DatasetRow::equipmentSharePct),
			new Column(CanonicalColumns.ESTIMATE, DatasetRow::estimate));

	private static final java.util.Set<String> MONEY = java.util.Set.of(CanonicalColumns.DEFENCE_EXPENDITURE_MUSD,
			CanonicalColumns.GDP_MUSD);

	/** Every cell that differs in a changed ally-year (1.0 and 1.00 are the same figure). */
	static List<FigureChange> of(DatasetDiff.Change change) {
		return of(change, true);
	}

	/** As {@link #of(DatasetDiff.Change)}; without the money columns when the versions' currencies differ. */
	static List<FigureChange> of(DatasetDiff.Change change, boolean money) {
		List<FigureChange> cells = new ArrayList<>();
		DatasetRow a = change.before();
		DatasetRow b = change.after();
		for (Column column : COLUMNS) {
			if (!money && MONEY.contains(column.name())) {
				continue;
			}
			Object was = column.value().apply(a);
			Object now = column.value().apply(b);
			if (!same(was, now)) {
				cells.add(new FigureChange(b.iso3(), b.country(), b.year(), column.name(), text(was), text(now)));
			}
		}
		return cells;
	}

	private static boolean same(@Nullable Object a, @Nullable Object b) {
		if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
			return x.compareTo(y) == 0;
		}
		return Objects.equals(a, b);
	}

	private static @Nullable String text(@Nullable Object value) {
		return value instanceof BigDecimal number ? number.toPlainString() : value == null ? null : value.toString();
	}

	private record Column(String name, Function<DatasetRow, @Nullable Object> value) {
	}

}
