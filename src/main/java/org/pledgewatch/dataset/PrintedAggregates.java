package org.pledgewatch.dataset;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * The alliance-wide shares of GDP as the publisher printed them: NATO's "NATO Total" and "NATO Europe and Canada"
 * rows (Table 3, constant prices). They are not total spending / total GDP at current prices, so they are read, never
 * computed. A version without them has none ({@link #none()}).
 *
 * <p>The file is a CSV with a header naming at least {@code year}, {@code aggregate} and {@code share_of_gdp_pct};
 * {@code aggregate} is {@code nato-total} or {@code europe-canada} (NATO's own labels "NATO Total" and "NATO Europe
 * and Canada" are read too). The shipped {@code nato-aggregates.csv} has an {@code edition} column as well, and one
 * edition is read from it.
 *
 * @param natoTotal the "NATO Total" share by year, % of GDP, as given
 * @param europeCanada the "NATO Europe and Canada" share by year, % of GDP, as given
 */
public record PrintedAggregates(Map<Integer, BigDecimal> natoTotal, Map<Integer, BigDecimal> europeCanada) {

	public static final String NATO_TOTAL = "nato-total";

	public static final String EUROPE_CANADA = "europe-canada";

	static final int MAX_BYTES = 64 * 1024;

	private static final PrintedAggregates NONE = new PrintedAggregates(Map.of(), Map.of());

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	public PrintedAggregates {
		natoTotal = Collections.unmodifiableMap(new TreeMap<>(natoTotal));
		europeCanada = Collections.unmodifiableMap(new TreeMap<>(europeCanada));
	}

	public static PrintedAggregates none() {
		return NONE;
	}

	public boolean isEmpty() {
		return natoTotal.isEmpty() && europeCanada.isEmpty();
	}

	public @Nullable BigDecimal natoTotal(int year) {
		return natoTotal.get(year);
	}

	public @Nullable BigDecimal europeCanada(int year) {
		return europeCanada.get(year);
	}

	/** The file as this project writes and reads it: {@code year,aggregate,share_of_gdp_pct}, digits as given. */
	public byte[] csv() {
		StringBuilder csv = new StringBuilder("year,aggregate,share_of_gdp_pct\n");
		natoTotal.forEach((year, share) -> csv.append(year).append(',').append(NATO_TOTAL).append(',')
			.append(share.toPlainString()).append('\n'));
		europeCanada.forEach((year, share) -> csv.append(year).append(',').append(EUROPE_CANADA).append(',')
			.append(share.toPlainString()).append('\n'));
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * Reads an editor's file; a file that cannot be read whole is refused with the line and what is wrong.
	 *
	 * @throws InvalidSourceException when the file is not as described above
	 */
	public static PrintedAggregates parse(byte[] content) {
		if (content.length > MAX_BYTES) {
			throw new InvalidSourceException("aggregates: the file is larger than " + MAX_BYTES / 1024 + " KB.");
		}
		return read(content, null);
	}

	/** An editor's optional file: none when not given. */
	public static PrintedAggregates of(byte @Nullable [] content) {
		return content == null ? NONE : parse(content);
	}

	/** One edition of a file with an {@code edition} column (the shipped {@code nato-aggregates.csv}). */
	static PrintedAggregates edition(byte[] content, String edition) {
		return read(content, edition);
	}

	private static PrintedAggregates read(byte[] content, @Nullable String edition) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(true)
			.get();
		Map<Integer, BigDecimal> total = new TreeMap<>();
		Map<Integer, BigDecimal> europeCanada = new TreeMap<>();
		try (Reader reader = new InputStreamReader(new java.io.ByteArrayInputStream(withoutBom(content)),
				StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
			for (String column : new String[] { "year", "aggregate", "share_of_gdp_pct" }) {
				if (!parser.getHeaderMap().containsKey(column)) {
					throw new InvalidSourceException("aggregates: the header has no column \"" + column
							+ "\" (expected year,aggregate,share_of_gdp_pct).");
				}
			}
			for (CSVRecord record : parser) {
				long line = record.getRecordNumber() + 1;
				if (edition != null && !edition.equals(record.get("edition"))) {
					continue;
				}
				Map<Integer, BigDecimal> into = switch (record.get("aggregate").toLowerCase(java.util.Locale.ROOT)) {
					case NATO_TOTAL, "nato total" -> total;
					case EUROPE_CANADA, "nato europe and canada" -> europeCanada;
					default -> throw refusal(line, "aggregate must be " + NATO_TOTAL + " or " + EUROPE_CANADA
							+ ", not \"" + record.get("aggregate") + "\".");
				};
				int year = year(line, record.get("year"));
				BigDecimal share = share(line, record.get("share_of_gdp_pct"));
				if (into.put(year, share) != null) {
					throw refusal(line, "gives " + record.get("aggregate") + " for " + year + " a second time.");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			if (ex instanceof InvalidSourceException invalid) {
				throw invalid;
			}
			throw new InvalidSourceException("aggregates: not a CSV file with a header (" + ex.getMessage() + ").");
		}
		if (total.isEmpty() && europeCanada.isEmpty()) {
			throw new InvalidSourceException("aggregates: the file gives no share.");
		}
		return new PrintedAggregates(total, europeCanada);
	}

	private static int year(long line, String text) {
		try {
			int year = Integer.parseInt(text);
			if (year >= 1949 && year <= 2100) {
				return year;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw refusal(line, "year must be a year from 1949 to 2100, not \"" + text + "\".");
	}

	private static BigDecimal share(long line, String text) {
		try {
			BigDecimal share = new BigDecimal(text);
			if (share.signum() > 0 && share.compareTo(HUNDRED) <= 0) {
				return share;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw refusal(line, "share_of_gdp_pct must be a number above 0 and at most 100, written with a point (2.71), "
				+ "not \"" + text + "\".");
	}

	private static InvalidSourceException refusal(long line, String what) {
		return new InvalidSourceException("aggregates, line " + line + ": " + what);
	}

	private static byte[] withoutBom(byte[] content) {
		boolean bom = content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
				&& (content[2] & 0xff) == 0xbf;
		return bom ? java.util.Arrays.copyOfRange(content, 3, content.length) : content;
	}

}
