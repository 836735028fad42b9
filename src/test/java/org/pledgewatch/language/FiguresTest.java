package org.pledgewatch.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every figure rounds half-up, as NATO rounds its tables; money, shares and plain numbers alike. */
class FiguresTest {

	private final Figures figures = new Figures(messages());

	@Test
	void moneyAndPlainNumbersRoundHalfUpLikeShares() {
		LocaleContextHolder.setLocale(Locale.ENGLISH);
		try {
			assertThat(figures.number(4590.5, 0, Locale.ENGLISH)).isEqualTo("4,591");
			assertThat(figures.number(2.5, 0, Locale.GERMAN)).isEqualTo("3");
			assertThat(figures.musd(8518.5)).isEqualTo("8,519");
			assertThat(figures.musd(85.25)).isEqualTo("85.3");
			assertThat(figures.billions(4250.0)).isEqualTo("$4.3 bn");
			assertThat(figures.pct(1.125)).isEqualTo("1.13%");
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void aMissingFigureIsADashNeverZero() {
		assertThat(figures.musd(null)).isEqualTo(Figures.MISSING);
		assertThat(figures.billions(null)).isEqualTo(Figures.MISSING);
		assertThat(figures.number(null, 2, Locale.FRENCH)).isEqualTo(Figures.MISSING);
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		messages.setAlwaysUseMessageFormat(true);
		return messages;
	}

}
