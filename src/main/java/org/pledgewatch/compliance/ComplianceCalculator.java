package org.pledgewatch.compliance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.AccessionRegister;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetRow;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Builds the {@link ComplianceModel} of a dataset version: one Tablesaw table with the derived columns, computed once
 * when the version is loaded.
 */
public final class ComplianceCalculator {

	static final String ROW = "row";
	static final String ISO3 = "iso3";
	static final String YEAR = "year";
	static final String SPENDING = "defence_expenditure_musd";
	static final String GDP = "gdp_musd";
	static final String POPULATION = "population_thousands";
	static final String MEMBER = "member";
	static final String PER_CAPITA = "per_capita_usd";
	static final String SPENDING_CHANGE = "spending_change_pct";

	private final AccessionRegister accessions;

	public ComplianceCalculator(AccessionRegister accessions) {
		this.accessions = accessions;
	}

	public ComplianceModel compute(Dataset dataset) {
		List<DatasetRow> rows = dataset.rows();
		Table table = table(rows);
		double[] spendingChange = spendingChange(table, rows.size());

		Map<Integer, List<AllyFacts>> byYear = new HashMap<>();
		DoubleColumn perCapita = table.doubleColumn(PER_CAPITA);
		BooleanColumn member = table.booleanColumn(MEMBER);
		for (int i = 0; i < rows.size(); i++) {
			DatasetRow row = rows.get(i);
			AllyFacts facts = AllyFacts.of(row, member.get(i), spendingChange[i], perCapita.getDouble(i));
			byYear.computeIfAbsent(row.year(), y -> new ArrayList<>()).add(facts);
		}
		Map<String, Integer> firstYears = firstYears(rows);
		addMembersWithoutARow(rows, firstYears, byYear);

		Map<Integer, YearFacts> years = new HashMap<>();
		for (Map.Entry<Integer, List<AllyFacts>> entry : byYear.entrySet()) {
			int year = entry.getKey();
			List<AllyFacts> allies = rank(entry.getValue());
			years.put(year, YearFacts.of(year, allies, dataset.aggregates(), members(year, firstYears)));
		}
		return new ComplianceModel(dataset.citation(), years);
	}

	/** The dataset as a table with the derived columns. Non-positive GDP is missing, never a divisor. */
	private Table table(List<DatasetRow> rows) {
		IntColumn index = IntColumn.create(ROW);
		StringColumn iso3 = StringColumn.create(ISO3);
		IntColumn year = IntColumn.create(YEAR);
		DoubleColumn spending = DoubleColumn.create(SPENDING);
		DoubleColumn gdp = DoubleColumn.create(GDP);
		DoubleColumn population = DoubleColumn.create(POPULATION);
		BooleanColumn member = BooleanColumn.create(MEMBER);
		for (int i = 0; i < rows.size(); i++) {
			DatasetRow row = rows.get(i);
			index.append(i);
			iso3.append(row.iso3());
			year.append(row.year());
			append(spending, row.defenceExpenditureMusd());
			append(gdp, row.gdpMusd());
			append(population, row.populationThousands());
			member.append(accessions.memberIn(row.iso3(), row.year()));
		}
		// A zero GDP divides to infinity, and infinity would pass any threshold test.
		gdp.set(gdp.isLessThanOrEqualTo(0), Double.NaN);
		population.set(population.isLessThanOrEqualTo(0), Double.NaN);
		// million USD / thousand people = thousand USD a head; times 1000 gives USD a head.
		DoubleColumn perCapita = spending.divide(population).multiply(1000).setName(PER_CAPITA);
		return Table.create("compliance", index, iso3, year, spending, gdp, population, member, perCapita);
	}

	/** Year-on-year change in spending, %, against the same ally's previous calendar year; NaN where none. */
	private static double[] spendingChange(Table table, int size) {
		// Each ally's rows by year, looked up directly: sorting the table by ally and year took a tenth of an upload.
		StringColumn iso3 = table.stringColumn(ISO3);
		IntColumn year = table.intColumn(YEAR);
		DoubleColumn spending = table.doubleColumn(SPENDING);
		int firstYear = Integer.MAX_VALUE;
		int lastYear = Integer.MIN_VALUE;
		for (int i = 0; i < table.rowCount(); i++) {
			firstYear = Math.min(firstYear, year.getInt(i));
			lastYear = Math.max(lastYear, year.getInt(i));
		}
		int span = lastYear - firstYear + 1;
		Map<String, int[]> rowOfYear = new HashMap<>();
		for (int i = 0; i < table.rowCount(); i++) {
			// Row number + 1, so that 0 means none.
			rowOfYear.computeIfAbsent(iso3.get(i), ally -> new int[span])[year.getInt(i) - firstYear] = i + 1;
		}
		double[] byRow = new double[size];
		java.util.Arrays.fill(byRow, Double.NaN);
		for (int i = 0; i < table.rowCount(); i++) {
			int offset = year.getInt(i) - firstYear;
			int before = offset == 0 ? 0 : rowOfYear.get(iso3.get(i))[offset - 1];
			if (before > 0 && spending.getDouble(before - 1) > 0) {
				double previous = spending.getDouble(before - 1);
				byRow[table.intColumn(ROW).getInt(i)] = (spending.getDouble(i) / previous - 1) * 100;
			}
		}
		return byRow;
	}

	/** Each ally's first year in the file. */
	private static Map<String, Integer> firstYears(List<DatasetRow> rows) {
		Map<String, Integer> first = new LinkedHashMap<>();
		rows.forEach(row -> first.merge(row.iso3(), row.year(), Math::min));
		return first;
	}

	/**
	 * Whether an ally of the file was a member in a year: the register says so; an ally it does not know (a new ally
	 * an editor added, a test's synthetic ally) counts from its first year in the file.
	 */
	private boolean member(String iso3, int year, Map<String, Integer> firstYears) {
		return accessions.find(iso3).isPresent() ? accessions.memberIn(iso3, year)
				: year >= firstYears.getOrDefault(iso3, year);
	}

	/**
	 * How many allies were members in a year: the register's members that year, whether or not the file has a row
	 * for them, and the allies of the file it does not know. Never counted from the file alone, where eight rows
	 * would make "8 of 8".
	 */
	private int members(int year, Map<String, Integer> firstYears) {
		Set<String> members = new HashSet<>(accessions.membersIn(year));
		firstYears.forEach((iso3, first) -> {
			if (accessions.find(iso3).isEmpty() && year >= first) {
				members.add(iso3);
			}
		});
		return members.size();
	}

	/**
	 * An ally of the data set that was a member in a year but has no row for it is listed that year without figures
	 * ("no figure published"), so that a year with few rows reads as partial rather than as "1 of 1 allies".
	 */
	private void addMembersWithoutARow(List<DatasetRow> rows, Map<String, Integer> firstYears,
			Map<Integer, List<AllyFacts>> byYear) {
		Map<String, String> names = new LinkedHashMap<>();
		rows.forEach(row -> names.put(row.iso3(), row.country()));
		for (Map.Entry<Integer, List<AllyFacts>> year : byYear.entrySet()) {
			Set<String> present = new HashSet<>();
			year.getValue().forEach(f -> present.add(f.row().iso3()));
			names.forEach((iso3, country) -> {
				if (!present.contains(iso3) && member(iso3, year.getKey(), firstYears)) {
					DatasetRow empty = new DatasetRow(country, iso3, year.getKey(), null, null, null, null, null, false);
					year.getValue().add(AllyFacts.of(empty, true, Double.NaN, Double.NaN));
				}
			});
		}
	}

	/**
	 * Sorts a year's allies by rounded share (highest first, unreported last) and gives members competition ranks:
	 * equal published shares share a rank, and the next rank skips (1, 2, 2, 4).
	 */
	private static List<AllyFacts> rank(List<AllyFacts> allies) {
		List<AllyFacts> sorted = new ArrayList<>(allies);
		sorted.sort(Comparator
			.comparing((AllyFacts f) -> f.roundedShare() == null ? BigDecimal.valueOf(-1) : f.roundedShare())
			.reversed()
			.thenComparing(f -> f.share() == null ? -1 : -f.share())
			.thenComparing(f -> f.row().country()));
		List<AllyFacts> result = new ArrayList<>(sorted.size());
		int position = 0;
		Integer rank = null;
		BigDecimal previous = null;
		for (AllyFacts facts : sorted) {
			if (!facts.member() || facts.roundedShare() == null) {
				result.add(facts);
				continue;
			}
			position++;
			if (previous == null || facts.roundedShare().compareTo(previous) != 0) {
				rank = position;
				previous = facts.roundedShare();
			}
			result.add(facts.withRank(rank));
		}
		return result;
	}

	private static void append(DoubleColumn column, @Nullable BigDecimal value) {
		if (value == null) {
			column.appendMissing();
		}
		else {
			column.append(value.doubleValue());
		}
	}

}
