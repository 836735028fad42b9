package org.pledgewatch.dataset;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset CSV as people actually have it: UTF-8 with or without BOM (or UTF-16 with a BOM), CRLF or LF,
 * comma or semicolon delimiter (detected from the header line), decimal comma with semicolons, header names in any
 * case and order. Every problem is reported with its line and column; nothing is guessed or filled in.
 */
public final class DatasetCsvParser {

	/** Errors listed in a result; all are counted. */
	public static final int MAX_LISTED_ERRORS = 100;

	private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");

	/** How far the published share may lie from spending / GDP, in percentage points, before the upload warns. */
	static final BigDecimal SHARE_TOLERANCE_PCT = new BigDecimal("0.05");

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private static final int MIN_YEAR = 1949;

	private static final int MAX_YEAR = 2100;

	/** Digits after (or zeros before) the decimal point beyond which a figure is a typo or an attack, not data. */
	private static final int MAX_SCALE = 20;

	public ParsedDataset parse(byte[] content) {
		Errors errors = new Errors();
		String text = decode(content, errors);
		if (text == null) {
			return errors.result(List.of(), List.of());
		}
		if (text.isBlank()) {
			errors.add(1, "", "", "The file is empty: expected a header row and at least one data row.");
			return errors.result(List.of(), List.of());
		}
		char delimiter = detectDelimiter(text);
		if (delimiter == '\t') {
			errors.add(1, "", "", "This looks like tab-separated text (Excel's \"Unicode text\"). Save it as"
					+ " \"CSV UTF-8 (comma delimited)\" or \"CSV (semicolon delimited)\" and upload it again.");
			return errors.result(List.of(), List.of());
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
		List<DatasetRow> rows = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			readRecords(parser, delimiter, errors, rows, warnings);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// Commons CSV reports an unclosed quote this way; the position is the best line number it gives.
			errors.add(errors.lastLine + 1, "", "",
					"Unclosed quote: a quoted field starts here and never ends (" + rootMessage(ex) + ").");
		}
		return errors.result(errors.count == 0 ? rows : List.of(), warnings);
	}

	private void readRecords(CSVParser parser, char delimiter, Errors errors, List<DatasetRow> rows,
			List<String> warnings) {
		Map<String, Integer> columns = null;
		int width = 0;
		Map<String, Integer> firstLineOfKey = new HashMap<>();
		Map<String, String> countryOfIso3 = new HashMap<>();
		Map<String, String> iso3OfCountry = new HashMap<>();
		long lineBefore = 0;
		for (CSVRecord record : parser) {
			int line = (int) lineBefore + 1;
			lineBefore = parser.getCurrentLineNumber();
			errors.lastLine = (int) lineBefore;
			if (columns == null) {
				columns = readHeader(record, errors, warnings);
				width = record.size();
				if (columns == null) {
					return;
				}
				continue;
			}
			if (record.stream().allMatch(String::isBlank)) {
				continue; // a blank line, or a row of empty cells, as spreadsheets leave at the end
			}
			if (record.size() != width) {
				errors.add(line, "", shorten(String.join(String.valueOf(delimiter), record.toList())),
						"Expected " + width + " fields as in the header, found " + record.size() + ".");
				continue;
			}
			RowReader cells = new RowReader(record, columns, line, delimiter, errors);
			DatasetRow row = cells.read();
			if (row == null) {
				continue;
			}
			String key = row.iso3() + " " + row.year();
			Integer earlier = firstLineOfKey.putIfAbsent(key, line);
			if (earlier != null) {
				errors.add(line, CanonicalColumns.YEAR, String.valueOf(row.year()),
						row.iso3() + " " + row.year() + " appears twice (first on line " + earlier + ").");
			}
			String knownCountry = countryOfIso3.putIfAbsent(row.iso3(), row.country());
			if (knownCountry != null && !knownCountry.equals(row.country())) {
				errors.add(line, CanonicalColumns.COUNTRY, row.country(),
						"iso3 " + row.iso3() + " is \"" + knownCountry + "\" on an earlier row.");
			}
			String knownIso3 = iso3OfCountry.putIfAbsent(row.country(), row.iso3());
			if (knownIso3 != null && !knownIso3.equals(row.iso3())) {
				errors.add(line, CanonicalColumns.ISO3, row.iso3(),
						row.country() + " has iso3 " + knownIso3 + " on an earlier row.");
			}
			warnIfSharesDisagree(row, line, warnings);
			rows.add(row);
		}
		if (columns == null) {
			errors.add(1, "", "", "The file is empty: expected a header row and at least one data row.");
		}
		else if (rows.isEmpty() && errors.count == 0) {
			errors.add(1, "", "", "The file has a header but no data rows.");
		}
	}

	/**
	 * NATO computes its share in constant prices, so spending / GDP in current prices need not reproduce it exactly;
	 * a gap wider than {@link #SHARE_TOLERANCE_PCT} points suggests a typo in one of the three figures.
	 */
	private static void warnIfSharesDisagree(DatasetRow row, int line, List<String> warnings) {
		BigDecimal computed = row.computedShareOfGdpPct();
		BigDecimal published = row.shareOfGdpPct();
		if (computed != null && published != null
				&& computed.subtract(published).abs().compareTo(SHARE_TOLERANCE_PCT) > 0) {
			warnings.add("Line " + line + " (" + row.iso3() + " " + row.year() + "): the published share "
					+ published.toPlainString() + " differs from spending / GDP (" + computed.toPlainString()
					+ ") by more than " + SHARE_TOLERANCE_PCT.toPlainString()
					+ " percentage points; the published share is used.");
		}
	}

	private static @Nullable Map<String, Integer> readHeader(CSVRecord header, Errors errors, List<String> warnings) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip().toLowerCase(Locale.ROOT);
			if (name.isEmpty()) {
				continue;
			}
			if (columns.putIfAbsent(name, i) != null) {
				errors.add(1, name, header.get(i), "Column \"" + name + "\" appears twice in the header.");
			}
			else if (!CanonicalColumns.ALL.contains(name)) {
				warnings.add("Unknown column \"" + header.get(i).strip() + "\" was ignored.");
			}
		}
		// A file gives the share as published, or money to compute it from, or both; money comes in pairs.
		boolean shareOnly = columns.containsKey(CanonicalColumns.SHARE_OF_GDP_PCT)
				&& !columns.containsKey(CanonicalColumns.DEFENCE_EXPENDITURE_MUSD)
				&& !columns.containsKey(CanonicalColumns.GDP_MUSD);
		for (String required : CanonicalColumns.REQUIRED) {
			boolean money = required.equals(CanonicalColumns.DEFENCE_EXPENDITURE_MUSD)
					|| required.equals(CanonicalColumns.GDP_MUSD);
			if (!columns.containsKey(required) && !(money && shareOnly)) {
				errors.add(1, required, "", "Required column \"" + required + "\" is missing from the header"
						+ (money ? " (a file without money figures needs the column \""
								+ CanonicalColumns.SHARE_OF_GDP_PCT + "\" instead of both money columns)." : "."));
			}
		}
		return errors.count == 0 ? columns : null;
	}

	/** Decodes the bytes, or records why they are not a text file and returns null. */
	private static @Nullable String decode(byte[] content, Errors errors) {
		if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
				|| (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
			// Excel's "Unicode text" is UTF-16 with a byte-order mark; Java's UTF_16 reads the mark.
			return decodeStrict(content, 0, StandardCharsets.UTF_16, errors, "UTF-16");
		}
		int offset = (content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
				&& content[2] == (byte) 0xBF) ? 3 : 0;
		if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
			errors.add(1, "", "", "This is a spreadsheet workbook or ZIP archive, not a CSV file. In Excel use"
					+ " File > Save As > \"CSV UTF-8 (comma delimited)\" and upload that file.");
			return null;
		}
		for (int i = offset; i < content.length; i++) {
			if (content[i] == 0) {
				errors.add(1, "", "", "This is not a text file (it contains binary data). Upload a CSV file.");
				return null;
			}
		}
		return decodeStrict(content, offset, StandardCharsets.UTF_8, errors, "UTF-8");
	}

	private static @Nullable String decodeStrict(byte[] content, int offset, java.nio.charset.Charset charset,
			Errors errors, String name) {
		try {
			String text = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, offset, content.length - offset))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			errors.add(1, "", "", "The file is not valid " + name
					+ " text. Save it from your spreadsheet as \"CSV UTF-8\" and upload it again.");
			return null;
		}
	}

	/**
	 * Semicolon when the header line has more semicolons than commas (Excel in Belgian locales); a tab when tabs
	 * outnumber both, which the caller refuses.
	 */
	static char detectDelimiter(String text) {
		// The header is the first non-empty line: the CSV reader skips empty lines before it, and so must this.
		String header = text.lines().filter(line -> !line.isEmpty()).findFirst().orElse("");
		long semicolons = header.chars().filter(c -> c == ';').count();
		long commas = header.chars().filter(c -> c == ',').count();
		long tabs = header.chars().filter(c -> c == '\t').count();
		if (tabs > semicolons && tabs > commas) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

	private static String shorten(String value) {
		return value.length() <= 80 ? value : value.substring(0, 77) + "...";
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

	/** Collects errors, keeping the first few and counting all. */
	private static final class Errors {

		private final List<RowError> listed = new ArrayList<>();

		private int count;

		private int lastLine;

		void add(int row, String column, String value, String message) {
			count++;
			if (listed.size() < MAX_LISTED_ERRORS) {
				listed.add(new RowError(row, column, shorten(value), message));
			}
		}

		ParsedDataset result(List<DatasetRow> rows, List<String> warnings) {
			return new ParsedDataset(rows, listed, count, warnings);
		}

	}

	/** Reads and checks the cells of one data row. */
	private static final class RowReader {

		private final CSVRecord record;

		private final Map<String, Integer> columns;

		private final int line;

		private final boolean decimalComma;

		private final Errors errors;

		private final int errorsBefore;

		RowReader(CSVRecord record, Map<String, Integer> columns, int line, char delimiter, Errors errors) {
			this.record = record;
			this.columns = columns;
			this.line = line;
			this.decimalComma = delimiter == ';';
			this.errors = errors;
			this.errorsBefore = errors.count;
		}

		@Nullable DatasetRow read() {
			String country = cell(CanonicalColumns.COUNTRY);
			if (country.isEmpty()) {
				error(CanonicalColumns.COUNTRY, country, "Country name is required.");
			}
			String iso3Text = cell(CanonicalColumns.ISO3);
			String iso3 = iso3Text.toUpperCase(Locale.ROOT);
			if (!ISO3.matcher(iso3).matches()) {
				error(CanonicalColumns.ISO3, iso3Text, "iso3 must be three letters (ISO 3166-1 alpha-3), e.g. BEL.");
			}
			Integer year = year();
			BigDecimal spending = number(CanonicalColumns.DEFENCE_EXPENDITURE_MUSD);
			BigDecimal gdp = number(CanonicalColumns.GDP_MUSD);
			if (gdp != null && gdp.signum() == 0) {
				error(CanonicalColumns.GDP_MUSD, cell(CanonicalColumns.GDP_MUSD),
						"GDP must be greater than zero (a share of a zero GDP is meaningless).");
			}
			if (gdp == null && spending != null && isBlank(CanonicalColumns.GDP_MUSD)) {
				error(CanonicalColumns.GDP_MUSD, "",
						"GDP is missing but defence expenditure is given: GDP may be empty only where spending is.");
			}
			if (spending != null && gdp != null && gdp.signum() > 0 && spending.compareTo(gdp) > 0) {
				error(CanonicalColumns.DEFENCE_EXPENDITURE_MUSD, cell(CanonicalColumns.DEFENCE_EXPENDITURE_MUSD),
						"Defence expenditure is greater than GDP (" + gdp.toPlainString() + ").");
			}
			BigDecimal population = number(CanonicalColumns.POPULATION_THOUSANDS);
			if (population != null && population.signum() == 0) {
				error(CanonicalColumns.POPULATION_THOUSANDS, cell(CanonicalColumns.POPULATION_THOUSANDS),
						"Population must be greater than zero, or left empty.");
			}
			BigDecimal personnel = number(CanonicalColumns.MILITARY_PERSONNEL_THOUSANDS);
			BigDecimal equipment = number(CanonicalColumns.EQUIPMENT_SHARE_PCT);
			if (equipment != null && equipment.compareTo(BigDecimal.valueOf(100)) > 0) {
				error(CanonicalColumns.EQUIPMENT_SHARE_PCT, cell(CanonicalColumns.EQUIPMENT_SHARE_PCT),
						"Equipment share is a percentage of defence expenditure: at most 100.");
			}
			BigDecimal share = number(CanonicalColumns.SHARE_OF_GDP_PCT);
			if (share != null && (share.signum() == 0 || share.compareTo(HUNDRED) > 0)) {
				error(CanonicalColumns.SHARE_OF_GDP_PCT, cell(CanonicalColumns.SHARE_OF_GDP_PCT),
						"Share of GDP is a percentage: above 0 and at most 100, or left empty.");
			}
			BigDecimal realChange = signedNumber(CanonicalColumns.REAL_CHANGE_PCT);
			if (realChange != null && realChange.compareTo(HUNDRED.negate()) <= 0) {
				error(CanonicalColumns.REAL_CHANGE_PCT, cell(CanonicalColumns.REAL_CHANGE_PCT),
						"Real change is a percentage change: above -100.");
			}
			Boolean estimate = estimate();
			if (errors.count > errorsBefore || year == null || estimate == null) {
				return null;
			}
			return new DatasetRow(country, iso3, year, spending, gdp, population, personnel, equipment, estimate,
					share, realChange);
		}

		private @Nullable Integer year() {
			String text = cell(CanonicalColumns.YEAR);
			try {
				int year = Integer.parseInt(text);
				if (year >= MIN_YEAR && year <= MAX_YEAR) {
					return year;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			error(CanonicalColumns.YEAR, text,
					"Year must be a whole number between " + MIN_YEAR + " and " + MAX_YEAR + ".");
			return null;
		}

		private @Nullable Boolean estimate() {
			String text = cell(CanonicalColumns.ESTIMATE);
			return switch (text.toLowerCase(Locale.ROOT)) {
				case "", "false" -> Boolean.FALSE;
				case "true" -> Boolean.TRUE;
				default -> {
					error(CanonicalColumns.ESTIMATE, text, "estimate must be true, false or empty.");
					yield null;
				}
			};
		}

		private @Nullable BigDecimal number(String column) {
			BigDecimal value = signedNumber(column);
			if (value != null && value.signum() < 0) {
				error(column, cell(column), "Must not be negative.");
				return null;
			}
			return value;
		}

		private @Nullable BigDecimal signedNumber(String column) {
			String text = cell(column);
			if (text.isEmpty()) {
				return null;
			}
			String normalised = decimalComma ? text.replace(',', '.') : text;
			String word = normalised.toLowerCase(Locale.ROOT).replace("+", "").replace("-", "");
			if (word.equals("nan") || word.startsWith("inf") || word.equals("\u221e")) {
				error(column, text, "NaN and infinity are not figures: leave the cell empty for a missing value.");
				return null;
			}
			BigDecimal value;
			try {
				value = new BigDecimal(normalised);
				if (Math.abs(value.scale()) > MAX_SCALE || Double.isInfinite(value.doubleValue())) {
					error(column, text, "Number out of range: write it in plain decimals, e.g. 1234.5.");
					return null;
				}
			}
			catch (NumberFormatException ex) {
				error(column, text, decimalComma
						? "Not a number (write e.g. 1234,5 or 1234.5, without thousands separators)."
						: "Not a number (write e.g. 1234.5, without thousands separators).");
				return null;
			}
			return value;
		}

		private boolean isBlank(String column) {
			return cell(column).isEmpty();
		}

		private String cell(String column) {
			Integer index = columns.get(column);
			return index == null ? "" : record.get(index).strip();
		}

		private void error(String column, String value, String message) {
			errors.add(line, column, value, message);
		}

	}

}
