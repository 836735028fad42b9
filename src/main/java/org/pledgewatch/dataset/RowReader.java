package org.pledgewatch.dataset;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/** Reads and checks the cells of one data row, reporting each problem by line and column. */
final class RowReader {

	/** Three ASCII letters, checked before upper-casing: {@code "ﬀA".toUpperCase()} is "FFA", {@code "ı"} becomes "I". */
	private static final Pattern ISO3 = Pattern.compile("[A-Za-z]{3}");

	private static final Pattern ASCII_YEAR = Pattern.compile("[0-9]+");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	static final int MIN_YEAR = 1949;

	static final int MAX_YEAR = 2100;

	/** Digits after (or zeros before) the decimal point beyond which a figure is a typo or an attack, not data. */
	private static final int MAX_SCALE = 20;

	/**
	 * Characters beyond which a figure is refused unread: no real figure is this long, and reading a number costs time
	 * that grows with the square of its digits (a 500,000-digit share took seconds).
	 */
	static final int MAX_FIGURE_LENGTH = 40;

	private final CSVRecord record;

	private final Map<String, Integer> columns;

	private final int line;

	private final boolean decimalComma;

	private final ParseErrors errors;

	private final int errorsBefore;

	RowReader(CSVRecord record, Map<String, Integer> columns, int line, boolean decimalComma, ParseErrors errors) {
		this.record = record;
		this.columns = columns;
		this.line = line;
		this.decimalComma = decimalComma;
		this.errors = errors;
		this.errorsBefore = errors.count();
	}

	@Nullable DatasetRow read() {
		String country = cell(CanonicalColumns.COUNTRY);
		Refusal badName = CountryNameText.check(rawCell(CanonicalColumns.COUNTRY), country);
		if (badName != null) {
			error(CanonicalColumns.COUNTRY, country, badName);
		}
		String iso3Text = cell(CanonicalColumns.ISO3);
		String iso3 = iso3Text.toUpperCase(Locale.ROOT);
		if (!ISO3.matcher(iso3Text).matches()) {
			error(CanonicalColumns.ISO3, iso3Text, UploadRule.INVALID_ISO3);
		}
		Integer year = year();
		BigDecimal spending = number(CanonicalColumns.DEFENCE_EXPENDITURE_MUSD);
		BigDecimal gdp = number(CanonicalColumns.GDP_MUSD);
		if (gdp != null && gdp.signum() == 0) {
			error(CanonicalColumns.GDP_MUSD, cell(CanonicalColumns.GDP_MUSD), UploadRule.ZERO_GDP);
		}
		if (gdp == null && spending != null && isBlank(CanonicalColumns.GDP_MUSD)) {
			error(CanonicalColumns.GDP_MUSD, "", UploadRule.MISSING_GDP);
		}
		if (spending != null && gdp != null && gdp.signum() > 0 && spending.compareTo(gdp) > 0) {
			error(CanonicalColumns.DEFENCE_EXPENDITURE_MUSD, cell(CanonicalColumns.DEFENCE_EXPENDITURE_MUSD),
					UploadRule.SPENDING_ABOVE_GDP, gdp.toPlainString());
		}
		BigDecimal population = number(CanonicalColumns.POPULATION_THOUSANDS);
		if (population != null && population.signum() == 0) {
			error(CanonicalColumns.POPULATION_THOUSANDS, cell(CanonicalColumns.POPULATION_THOUSANDS),
					UploadRule.ZERO_POPULATION);
		}
		BigDecimal personnel = number(CanonicalColumns.MILITARY_PERSONNEL_THOUSANDS);
		BigDecimal equipment = number(CanonicalColumns.EQUIPMENT_SHARE_PCT);
		if (equipment != null && equipment.compareTo(HUNDRED) > 0) {
			error(CanonicalColumns.EQUIPMENT_SHARE_PCT, cell(CanonicalColumns.EQUIPMENT_SHARE_PCT),
					UploadRule.EQUIPMENT_SHARE_OUT_OF_RANGE);
		}
		BigDecimal share = number(CanonicalColumns.SHARE_OF_GDP_PCT);
		if (share != null && (share.signum() == 0 || share.compareTo(HUNDRED) > 0)) {
			error(CanonicalColumns.SHARE_OF_GDP_PCT, cell(CanonicalColumns.SHARE_OF_GDP_PCT),
					UploadRule.SHARE_OUT_OF_RANGE);
		}
		BigDecimal realChange = signedNumber(CanonicalColumns.REAL_CHANGE_PCT);
		if (realChange != null && realChange.compareTo(HUNDRED.negate()) <= 0) {
			error(CanonicalColumns.REAL_CHANGE_PCT, cell(CanonicalColumns.REAL_CHANGE_PCT),
					UploadRule.REAL_CHANGE_OUT_OF_RANGE);
		}
		Boolean estimate = estimate();
		if (errors.count() > errorsBefore || year == null || estimate == null) {
			return null;
		}
		return new DatasetRow(country, iso3, year, spending, gdp, population, personnel, equipment, estimate, share,
				realChange);
	}

	private @Nullable Integer year() {
		String text = cell(CanonicalColumns.YEAR);
		if (!FigureText.asciiDigitsOnly(text)) {
			error(CanonicalColumns.YEAR, text, UploadRule.NON_ASCII_DIGITS);
			return null;
		}
		String min = String.valueOf(MIN_YEAR);
		String max = String.valueOf(MAX_YEAR);
		if (!ASCII_YEAR.matcher(text).matches()) {
			error(CanonicalColumns.YEAR, text, UploadRule.NOT_A_YEAR, min, max);
			return null;
		}
		// Nine digits at most reach parseInt, so it cannot overflow.
		int year = text.length() > 9 ? Integer.MAX_VALUE : Integer.parseInt(text);
		if (year < MIN_YEAR || year > MAX_YEAR) {
			error(CanonicalColumns.YEAR, text, UploadRule.YEAR_OUT_OF_RANGE, min, max);
			return null;
		}
		return year;
	}

	private @Nullable Boolean estimate() {
		String text = cell(CanonicalColumns.ESTIMATE);
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "", "false" -> Boolean.FALSE;
			case "true" -> Boolean.TRUE;
			default -> {
				error(CanonicalColumns.ESTIMATE, text, UploadRule.INVALID_ESTIMATE);
				yield null;
			}
		};
	}

	private @Nullable BigDecimal number(String column) {
		BigDecimal value = signedNumber(column);
		if (value != null && value.signum() < 0) {
			error(column, cell(column), UploadRule.NEGATIVE);
			return null;
		}
		return value;
	}

	private @Nullable BigDecimal signedNumber(String column) {
		String text = cell(column);
		if (text.isEmpty()) {
			return null;
		}
		if (text.length() > MAX_FIGURE_LENGTH) {
			error(column, text, UploadRule.NUMBER_OUT_OF_RANGE);
			return null;
		}
		Refusal misread = FigureText.check(text, decimalComma);
		if (misread != null) {
			error(column, text, misread);
			return null;
		}
		String normalised = decimalComma ? text.replace(',', '.') : text;
		String word = normalised.toLowerCase(Locale.ROOT).replace("+", "").replace("-", "");
		if (word.equals("nan") || word.startsWith("inf") || word.equals("\u221e")) {
			error(column, text, UploadRule.NOT_FINITE);
			return null;
		}
		try {
			BigDecimal value = new BigDecimal(normalised);
			if (Math.abs(value.scale()) > MAX_SCALE || Double.isInfinite(value.doubleValue())) {
				error(column, text, UploadRule.NUMBER_OUT_OF_RANGE);
				return null;
			}
			return value;
		}
		catch (NumberFormatException ex) {
			error(column, text, decimalComma ? UploadRule.NOT_A_NUMBER_DECIMAL_COMMA : UploadRule.NOT_A_NUMBER);
			return null;
		}
	}

	private boolean isBlank(String column) {
		return cell(column).isEmpty();
	}

	private String cell(String column) {
		return rawCell(column).strip();
	}

	private String rawCell(String column) {
		Integer index = columns.get(column);
		return index == null ? "" : record.get(index);
	}

	private void error(String column, String value, UploadRule rule, String... arguments) {
		errors.add(line, column, value, rule, arguments);
	}

	private void error(String column, String value, Refusal refusal) {
		errors.add(line, column, value, refusal);
	}

}
