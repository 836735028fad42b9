package org.pledgewatch.report;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * How a CSV is spelled. {@link #STANDARD} is RFC 4180 with a point as decimal separator; {@link #EXCEL_BE} is what Excel
 * opens by double-click in Belgian (and most continental) locales: semicolons, decimal commas, a UTF-8 byte order mark
 * so that "Türkiye" survives, and CRLF line ends.
 */
enum CsvDialect {

	STANDARD("standard", ',', '.', false, "\n", ".csv"),

	EXCEL_BE("excel-be", ';', ',', true, "\r\n", "-excel-be.csv");

	private final String parameter;

	private final char delimiter;

	private final char decimalSeparator;

	private final boolean byteOrderMark;

	private final String recordSeparator;

	private final String fileSuffix;

	CsvDialect(String parameter, char delimiter, char decimalSeparator, boolean byteOrderMark, String recordSeparator,
			String fileSuffix) {
		this.parameter = parameter;
		this.delimiter = delimiter;
		this.decimalSeparator = decimalSeparator;
		this.byteOrderMark = byteOrderMark;
		this.recordSeparator = recordSeparator;
		this.fileSuffix = fileSuffix;
	}

	/** The dialect for {@code ?format=}; absent means {@link #STANDARD}. */
	static CsvDialect fromParameter(@Nullable String format) {
		if (format == null || format.isBlank()) {
			return STANDARD;
		}
		String wanted = format.strip().toLowerCase(Locale.ROOT);
		for (CsvDialect dialect : values()) {
			if (dialect.parameter.equals(wanted)) {
				return dialect;
			}
		}
		throw new IllegalArgumentException(
				"The parameter \"format\" must be \"standard\" or \"excel-be\"; got \"" + format + "\".");
	}

	/** {@link #fromParameter} for a request: an unknown format is the reader's mistake, answered 400. */
	static CsvDialect requested(@Nullable String format) {
		try {
			return fromParameter(format);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage(), ex);
		}
	}

	char delimiter() {
		return delimiter;
	}

	boolean byteOrderMark() {
		return byteOrderMark;
	}

	String recordSeparator() {
		return recordSeparator;
	}

	String fileSuffix() {
		return fileSuffix;
	}

	/** A number in plain notation with this dialect's decimal separator. */
	String number(String plain) {
		return decimalSeparator == '.' ? plain : plain.replace('.', decimalSeparator);
	}

}
