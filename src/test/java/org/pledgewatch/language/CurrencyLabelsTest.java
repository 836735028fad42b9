package org.pledgewatch.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The dollar wordings of the four languages' messages, written for a version in euros. */
class CurrencyLabelsTest {

	@Test
	void usDollarVersionsReadAsWritten() {
		assertThat(CurrencyLabels.inCurrency("$4.6 bn short; Spending (m USD)", "USD"))
			.isEqualTo("$4.6 bn short; Spending (m USD)");
	}

	@Test
	void everyDollarWordingNamesTheVersionsCurrency() {
		assertThat(CurrencyLabels.inCurrency("$4.6 bn short", "EUR")).isEqualTo("EUR 4.6 bn short");
		assertThat(CurrencyLabels.inCurrency("Spending (m USD)", "EUR")).isEqualTo("Spending (m EUR)");
		assertThat(CurrencyLabels.inCurrency("million US dollars at current prices", "EUR"))
			.isEqualTo("million EUR at current prices");
		assertThat(CurrencyLabels.inCurrency("miljoen US-dollar, in lopende dollars", "EUR"))
			.isEqualTo("miljoen EUR, in lopende EUR");
		assertThat(CurrencyLabels.inCurrency("Millionen US-Dollar zu laufenden Dollar", "EUR"))
			.isEqualTo("Millionen EUR zu laufenden EUR");
		assertThat(CurrencyLabels.inCurrency("en millions de dollars", "EUR")).isEqualTo("en millions de EUR");
	}

	@Test
	void wordsThatMerelyContainTheLettersStay() {
		assertThat(CurrencyLabels.inCurrency("USDA, dollarisation", "EUR")).isEqualTo("USDA, dollarisation");
	}

}
