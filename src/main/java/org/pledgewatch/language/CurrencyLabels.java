package org.pledgewatch.language;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for naming a version's currency in words: the messages are written for NATO's editions, in US dollars
 * ("million USD", "$4.6 bn", "US-Dollar"); a version in another currency reads with its ISO 4217 code in their place
 * ("million EUR", "EUR 4.6 bn"), in every language. Used by the pages' messages, {@link Figures} and the reports.
 */
public final class CurrencyLabels {

	public static final String USD = "USD";

	/** Dollar wordings of the four languages, longest first, then the bare code and the sign. */
	private static final List<Pattern> DOLLARS = List.of(Pattern.compile("\\bUS[- ]dollars?\\b", Pattern.CASE_INSENSITIVE),
			Pattern.compile("\\bAmerikaanse dollars?\\b"), Pattern.compile("\\bdollars des États-Unis\\b"),
			Pattern.compile("(?<=\\b(lopende|laufenden|en|de) )[Dd]ollars?\\b"), Pattern.compile("\\bUSD\\b"));

	/** "$" before a figure or a message argument: "$4.6 bn", "${0} bn". */
	private static final Pattern SIGN = Pattern.compile("\\$(?=[\\d{])");

	private CurrencyLabels() {
	}

	/** {@code text} with every dollar wording replaced by {@code currency}; unchanged for USD. */
	public static String inCurrency(String text, String currency) {
		if (USD.equals(currency)) {
			return text;
		}
		String result = SIGN.matcher(text).replaceAll(Matcher.quoteReplacement(currency + " "));
		for (Pattern dollars : DOLLARS) {
			result = dollars.matcher(result).replaceAll(Matcher.quoteReplacement(currency));
		}
		return result;
	}

}
