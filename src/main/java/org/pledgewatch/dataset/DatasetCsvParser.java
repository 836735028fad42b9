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

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset CSV as people actually have it: UTF-8 with or without BOM (or UTF-16 with a BOM), CRLF or LF,
 * comma or semicolon delimiter (detected from the header line), decimal comma with semicolons, header names in any
 * case and order. Every problem is reported with its line, column and the code of the rule it breaks
 * ({@link UploadRule}); nothing is guessed or filled in, and a figure that reads two ways ({@link FigureText}) is
 * refused rather than read one of them.
 */
public final class DatasetCsvParser {

	/** Errors listed in a result; all are counted. */
	public static final int MAX_LISTED_ERRORS = 100;

	/** Warnings listed in a result, each once; the rest are counted in one {@code more-warnings}. */
	public static final int MAX_LISTED_WARNINGS = 100;

	/** Columns a header may have: the format has eleven; a million made a 202 MB answer. */
	public static final int MAX_COLUMNS = 100;

	/**
	 * Heap an upload needs per data row while it is read, checked, stored and computed, with room to spare: a 10 MB
	 * file of 582,540 rows stopped a server with a 256 MB heap, while 250,000 rows fit.
	 */
	static final long HEAP_BYTES_PER_UPLOADED_ROW = 1_000;

	/** The row limit never goes below this, whatever the heap: NATO's tables are a few thousand rows. */
	static final int MIN_UPLOAD_ROWS = 50_000;

	/** Data rows this parser reads before refusing the file ({@code too-many-rows}). */
	private final int maxRows;

	/** A parser without a row limit: for versions already stored, which must read back whatever their size. */
	public DatasetCsvParser() {
		this(Integer.MAX_VALUE);
	}

	/** A parser that refuses a file of more than {@code maxRows} data rows. */
	public DatasetCsvParser(int maxRows) {
		this.maxRows = maxRows;
	}

	/**
	 * Data rows an upload may have on this server: one per {@link #HEAP_BYTES_PER_UPLOADED_ROW} of the maximum heap
	 * (268,435 at {@code -Xmx256m}, about a million at 1 GB), at least {@link #MIN_UPLOAD_ROWS}.
	 */
	public static int uploadRowLimit() {
		long byHeap = Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_UPLOADED_ROW;
		return (int) Math.max(MIN_UPLOAD_ROWS, Math.min(Integer.MAX_VALUE, byHeap));
	}

	/** How far the published share may lie from spending / GDP, in percentage points, before the upload warns. */
	static final BigDecimal SHARE_TOLERANCE_PCT = new BigDecimal("0.05");

	public ParsedDataset parse(byte[] content) {
		ParseErrors errors = new ParseErrors();
		String text = decode(content, errors);
		if (text == null) {
			return errors.result(List.of(), List.of());
		}
		if (text.isBlank()) {
			errors.add(1, "", "", UploadRule.EMPTY_FILE);
			return errors.result(List.of(), List.of());
		}
		char delimiter = detectDelimiter(text);
		if (delimiter == '\t') {
			errors.add(1, "", "", UploadRule.TAB_SEPARATED);
			return errors.result(List.of(), List.of());
		}
		// Counted before the header is read, so a header of a million columns is never held as a million names.
		long columns = headerLine(text).chars().filter(c -> c == delimiter).count() + 1;
		if (columns > MAX_COLUMNS) {
			errors.add(1, "", "", UploadRule.TOO_MANY_COLUMNS, String.valueOf(columns), String.valueOf(MAX_COLUMNS));
			return errors.result(List.of(), List.of());
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
		List<DatasetRow> rows = new ArrayList<>();
		List<UploadWarning> warnings = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			readRecords(parser, delimiter, errors, rows, warnings);
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			// Commons CSV reports an unclosed quote this way; the position is the best line number it gives.
			errors.add(errors.lastLine + 1, "", "", UploadRule.UNCLOSED_QUOTE, rootMessage(ex));
		}
		return errors.result(errors.count() == 0 ? rows : List.of(), listed(warnings));
	}

	/** Each warning once, the first {@link #MAX_LISTED_WARNINGS}, then one saying how many more there are. */
	private static List<UploadWarning> listed(List<UploadWarning> warnings) {
		List<UploadWarning> once = new ArrayList<>(new java.util.LinkedHashSet<>(warnings));
		if (once.size() <= MAX_LISTED_WARNINGS) {
			return once;
		}
		List<UploadWarning> first = new ArrayList<>(once.subList(0, MAX_LISTED_WARNINGS));
		first.add(UploadRule.MORE_WARNINGS.warning(String.valueOf(once.size() - MAX_LISTED_WARNINGS),
				String.valueOf(once.size())));
		return first;
	}

	private void readRecords(CSVParser parser, char delimiter, ParseErrors errors, List<DatasetRow> rows,
			List<UploadWarning> warnings) {
		Map<String, Integer> columns = null;
		int width = 0;
		Map<String, int[]> firstLineOfYear = new HashMap<>();
		Map<String, String> countryOfIso3 = new HashMap<>();
		Map<String, String> iso3OfCountry = new HashMap<>();
		long lineBefore = 0;
		int dataRows = 0;
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
				errors.add(line, "", String.join(String.valueOf(delimiter), record.toList()), UploadRule.FIELD_COUNT,
						String.valueOf(width), String.valueOf(record.size()));
				continue;
			}
			if (++dataRows > maxRows) {
				errors.add(line, "", "", UploadRule.TOO_MANY_ROWS, String.valueOf(maxRows));
				return;
			}
			RowReader cells = new RowReader(record, columns, line, delimiter == ';', errors);
			DatasetRow row = cells.read();
			if (row == null) {
				continue;
			}
			// The first line of each ally-year, by iso3 and year: no string key and boxed line per row.
			int[] firstLines = firstLineOfYear.computeIfAbsent(row.iso3(),
					iso3 -> new int[RowReader.MAX_YEAR - RowReader.MIN_YEAR + 1]);
			int earlier = firstLines[row.year() - RowReader.MIN_YEAR];
			if (earlier == 0) {
				firstLines[row.year() - RowReader.MIN_YEAR] = line;
			}
			else {
				errors.add(line, CanonicalColumns.YEAR, String.valueOf(row.year()), UploadRule.DUPLICATE_ROW, row.iso3(),
						String.valueOf(row.year()), String.valueOf(earlier));
			}
			String knownCountry = countryOfIso3.putIfAbsent(row.iso3(), row.country());
			if (knownCountry != null && !knownCountry.equals(row.country())) {
				errors.add(line, CanonicalColumns.COUNTRY, row.country(), UploadRule.ISO3_WITH_TWO_NAMES, row.iso3(),
						knownCountry);
			}
			String knownIso3 = iso3OfCountry.putIfAbsent(row.country(), row.iso3());
			if (knownIso3 != null && !knownIso3.equals(row.iso3())) {
				errors.add(line, CanonicalColumns.ISO3, row.iso3(), UploadRule.NAME_WITH_TWO_ISO3, row.country(),
						knownIso3);
			}
			warnIfSharesDisagree(row, line, warnings);
			String country = row.country().equals(knownCountry) ? knownCountry : row.country();
			String iso3 = row.iso3().equals(knownIso3) ? knownIso3 : row.iso3();
			rows.add(row.sharingNames(country, iso3));
		}
		if (columns == null) {
			errors.add(1, "", "", UploadRule.EMPTY_FILE);
		}
		else if (rows.isEmpty() && errors.count() == 0) {
			errors.add(1, "", "", UploadRule.NO_DATA_ROWS);
		}
	}

	/**
	 * NATO computes its share in constant prices, so spending / GDP in current prices need not reproduce it exactly;
	 * a gap wider than {@link #SHARE_TOLERANCE_PCT} points suggests a typo in one of the three figures.
	 */
	private static void warnIfSharesDisagree(DatasetRow row, int line, List<UploadWarning> warnings) {
		BigDecimal computed = row.computedShareOfGdpPct();
		BigDecimal published = row.shareOfGdpPct();
		if (computed != null && published != null
				&& computed.subtract(published).abs().compareTo(SHARE_TOLERANCE_PCT) > 0) {
			warnings.add(UploadRule.SHARE_MISMATCH.warning(String.valueOf(line), row.iso3(), String.valueOf(row.year()),
					published.toPlainString(), computed.toPlainString(), SHARE_TOLERANCE_PCT.toPlainString()));
		}
	}

	private static @Nullable Map<String, Integer> readHeader(CSVRecord header, ParseErrors errors,
			List<UploadWarning> warnings) {
		Map<String, Integer> columns = new LinkedHashMap<>();
		for (int i = 0; i < header.size(); i++) {
			String name = header.get(i).strip().toLowerCase(Locale.ROOT);
			if (name.isEmpty()) {
				continue;
			}
			if (columns.putIfAbsent(name, i) != null) {
				errors.add(1, name, header.get(i), UploadRule.DUPLICATE_COLUMN, name);
			}
			else if (!CanonicalColumns.ALL.contains(name)) {
				warnings.add(UploadRule.UNKNOWN_COLUMN.warning(header.get(i).strip()));
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
				if (money) {
					errors.add(1, required, "", UploadRule.MISSING_MONEY_COLUMN, required,
							CanonicalColumns.SHARE_OF_GDP_PCT);
				}
				else {
					errors.add(1, required, "", UploadRule.MISSING_COLUMN, required);
				}
			}
		}
		return errors.count() == 0 ? columns : null;
	}

	/** Decodes the bytes, or records why they are not a text file and returns null. */
	private static @Nullable String decode(byte[] content, ParseErrors errors) {
		if (content.length >= 2 && ((content[0] == (byte) 0xFE && content[1] == (byte) 0xFF)
				|| (content[0] == (byte) 0xFF && content[1] == (byte) 0xFE))) {
			// Excel's "Unicode text" is UTF-16 with a byte-order mark; Java's UTF_16 reads the mark.
			return decodeStrict(content, 0, StandardCharsets.UTF_16, errors, "UTF-16");
		}
		int offset = (content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
				&& content[2] == (byte) 0xBF) ? 3 : 0;
		if (content.length >= 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
			errors.add(1, "", "", UploadRule.WORKBOOK);
			return null;
		}
		for (int i = offset; i < content.length; i++) {
			if (content[i] == 0) {
				errors.add(1, "", "", UploadRule.BINARY_FILE);
				return null;
			}
		}
		return decodeStrict(content, offset, StandardCharsets.UTF_8, errors, "UTF-8");
	}

	private static @Nullable String decodeStrict(byte[] content, int offset, java.nio.charset.Charset charset,
			ParseErrors errors, String name) {
		try {
			String text = charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, offset, content.length - offset))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			errors.add(1, "", "", UploadRule.INVALID_ENCODING, name);
			return null;
		}
	}

	/**
	 * Semicolon when the header line has more semicolons than commas (Excel in Belgian locales); a tab when tabs
	 * outnumber both, which the caller refuses.
	 */
	static char detectDelimiter(String text) {
		// The header is the first non-empty line: the CSV reader skips empty lines before it, and so must this.
		String header = headerLine(text);
		long semicolons = header.chars().filter(c -> c == ';').count();
		long commas = header.chars().filter(c -> c == ',').count();
		long tabs = header.chars().filter(c -> c == '\t').count();
		if (tabs > semicolons && tabs > commas) {
			return '\t';
		}
		return semicolons > commas ? ';' : ',';
	}

	/** The first non-empty line: the CSV reader skips empty lines before the header. */
	private static String headerLine(String text) {
		return text.lines().filter(line -> !line.isEmpty()).findFirst().orElse("");
	}

	private static String rootMessage(Throwable ex) {
		Throwable cause = ex;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return String.valueOf(cause.getMessage());
	}

}
