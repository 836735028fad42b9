package org.pledgewatch.dataset;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Every rule an uploaded file is checked against, with the stable {@link #code()} that API errors and warnings carry.
 * The words live in {@code messages*.properties} under {@link #messageKey()} (the English ones are the API's
 * {@code message}), so the upload page can say the same in the reader's language from the code and its arguments.
 * Two rules may share a code when they differ only in wording (the decimal separator the file uses, say).
 */
public enum UploadRule {

	// The file as a whole
	INVALID_ENCODING("invalid-encoding"),
	BINARY_FILE("binary-file"),
	WORKBOOK("workbook"),
	TAB_SEPARATED("tab-separated"),
	EMPTY_FILE("empty-file"),
	NO_DATA_ROWS("no-data-rows"),
	UNCLOSED_QUOTE("unclosed-quote"),
	DUPLICATE_COLUMN("duplicate-column"),
	MISSING_COLUMN("missing-column"),
	MISSING_MONEY_COLUMN("missing-column"),
	FIELD_COUNT("field-count"),
	TOO_MANY_COLUMNS("too-many-columns"),
	TOO_MANY_ROWS("too-many-rows"),
	// Rows against each other
	DUPLICATE_ROW("duplicate-row"),
	ISO3_WITH_TWO_NAMES("iso3-with-two-names"),
	NAME_WITH_TWO_ISO3("name-with-two-iso3"),
	// Names and codes
	BLANK_NAME("blank-name"),
	CONTROL_CHARACTER("control-character"),
	FORMULA_LIKE_NAME("formula-like-name"),
	NAME_TOO_LONG("name-too-long"),
	UNPRINTABLE_CHARACTER("unprintable-character"),
	INVALID_ISO3("invalid-iso3"),
	// Years and figures
	NOT_A_YEAR("not-a-year"),
	YEAR_OUT_OF_RANGE("year-out-of-range"),
	NON_ASCII_DIGITS("non-ascii-digits"),
	THOUSANDS_SEPARATOR_DOT("thousands-separator"),
	THOUSANDS_SEPARATOR_COMMA("thousands-separator"),
	THOUSANDS_SEPARATORS("thousands-separator"),
	DECIMAL_COMMA("decimal-comma"),
	NOT_A_NUMBER("not-a-number"),
	NOT_A_NUMBER_DECIMAL_COMMA("not-a-number"),
	NOT_FINITE("not-finite"),
	NUMBER_OUT_OF_RANGE("number-out-of-range"),
	NEGATIVE("negative"),
	ZERO_GDP("zero-gdp"),
	MISSING_GDP("missing-gdp"),
	SPENDING_ABOVE_GDP("spending-above-gdp"),
	ZERO_POPULATION("zero-population"),
	EQUIPMENT_SHARE_OUT_OF_RANGE("equipment-share-out-of-range"),
	SHARE_OUT_OF_RANGE("share-out-of-range"),
	REAL_CHANGE_OUT_OF_RANGE("real-change-out-of-range"),
	INVALID_ESTIMATE("invalid-estimate"),
	// Warnings: the upload goes ahead
	UNKNOWN_COLUMN("unknown-column"),
	SHARE_MISMATCH("share-mismatch"),
	NO_SOURCE("no-source"),
	MORE_WARNINGS("more-warnings"),
	// Plausibility against the published version: the upload waits for the editor's confirmation
	MONEY_JUMP("money-jump"),
	/** The upload's money is in another currency than the published version's: not compared, said instead. */
	MONEY_OTHER_CURRENCY("money-jump"),
	SHARE_JUMP("share-jump"),
	/** A year new to the published version, against the same ally's latest published year before it. */
	SHARE_JUMP_NEW_YEAR("share-jump"),
	SHARE_IMPLAUSIBLE("share-implausible"),
	SPARSE_YEAR("sparse-year"),
	HIGHLIGHTED_ALLY_MISSING("highlighted-ally-missing"),
	// The realistic mistakes of a whole file (see PublishChecks): they wait for the editor's confirmation too
	SHARE_MISMATCH_LARGE("share-mismatch-large"),
	ROWS_REMOVED("rows-removed"),
	MONEY_JUMP_EARLIER_VERSION("money-jump"),
	COMPUTED_SHARE_IMPLAUSIBLE("share-implausible"),
	SHARES_AS_FRACTIONS("share-implausible"),
	// A plain warning: the same file is stored again as a new version
	DUPLICATE_OF_VERSION("duplicate-of-version");

	private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("messages", Locale.ROOT,
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	private final String code;

	UploadRule(String code) {
		this.code = code;
	}

	/** The stable code scripts match on, e.g. {@code thousands-separator}. */
	public String code() {
		return code;
	}

	/** The key of this rule's words in {@code messages*.properties}. */
	public String messageKey() {
		return "upload.rule." + name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/** The message in English, as the API gives it; arguments are text as found in the file, never reformatted. */
	public String english(List<String> arguments) {
		return new MessageFormat(ENGLISH.getString(messageKey()), Locale.ROOT).format(arguments.toArray());
	}

	/**
	 * A plausibility warning about one figure; it holds back publishing. The message's first four arguments are
	 * the cell's row, column, value before and after ("—" where there is none).
	 */
	public UploadWarning needsConfirmation(UploadWarning.Cell cell, String... more) {
		List<String> args = new java.util.ArrayList<>(List.of(cell.row(), cell.column(), orDash(cell.before()),
				orDash(cell.after())));
		args.addAll(List.of(more));
		return new UploadWarning(code, messageKey(), args, english(args), true, cell);
	}

	private static String orDash(@org.jspecify.annotations.Nullable String value) {
		return value == null ? "—" : value;
	}

	/** A warning under this rule. */
	public UploadWarning warning(String... arguments) {
		List<String> args = List.of(arguments);
		return new UploadWarning(code, messageKey(), args, english(args));
	}

}
