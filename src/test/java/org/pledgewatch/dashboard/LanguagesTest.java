package org.pledgewatch.dashboard;

import org.pledgewatch.language.CountryNames;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ShippedDataConfig;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

/** English, Dutch, French and German: from ?lang=, the cookie it leaves, or Accept-Language. */
@WebMvcTest({ DashboardController.class, CountryController.class, CompareController.class })
@Import(ShippedDataConfig.class)
class LanguagesTest {

	private static final String NBSP = "\u00a0";

	@Autowired
	private MockMvc mvc;

	@Test
	void dutchNamesBelgiumBelgieAndWritesADecimalCommaWithTheSign() throws Exception {
		mvc.perform(get("/").param("lang", "nl"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<html lang=\"nl\""), containsString("België"),
					containsString("2,00" + NBSP + "%"), containsString("Wie haalt de 2" + NBSP + "%-doelstelling in 2025?"),
					containsString("25e van 30 bondgenoten"), containsString("Nederland"),
					containsString("België haalde 2,00" + NBSP + "% in 2025, het eerste jaar op of boven 2" + NBSP
							+ "% in deze dataset, na 1,29" + NBSP + "% in 2024."),
					containsString("Cijfers: NATO, Defence Expenditure of NATO Countries (2014-2025), 28 August 2025."),
					not(containsString("2.00%")))));
	}

	@Test
	void frenchSaysBelgiqueAndOtan() throws Exception {
		mvc.perform(get("/countries/BEL").param("lang", "fr"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<h1 class=\"is-highlight\">Belgique</h1>"),
					containsString("2,00" + NBSP + "%"), containsString("OTAN"), containsString("28 mai 2024"),
					containsString("ne sont pas disponibles dans cette édition"), containsString("Variation réelle"),
					containsString("Royaume-Uni"))));
	}

	@Test
	void germanSaysBelgienWithGermanOrdinals() throws Exception {
		mvc.perform(get("/").param("lang", "de"))
			.andExpect(content().string(allOf(containsString("Belgien"), containsString("2,00" + NBSP + "%"),
					containsString("25. (geteilt) von 30 Verbündeten"), containsString("NATO"),
					containsString("in dieser Ausgabe nicht verfügbar"))));
	}

	@Test
	void errorPagesExplainInTheReadersLanguage() throws Exception {
		mvc.perform(get("/").param("lang", "nl").param("year", "1990"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Geen cijfers voor 1990: de dataset loopt van 2014 tot 2025.")));
		mvc.perform(get("/countries/XXX").param("lang", "fr"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Aucun Allié avec le code « XXX »")));
		mvc.perform(get("/").param("lang", "de").param("target", "101"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Das Ziel muss eine Zahl über 0 und höchstens 100 sein")));
		mvc.perform(get("/").param("lang", "nl").param("year", "twee"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("De parameter &quot;year&quot; moet een geheel getal zijn")));
	}

	@Test
	void englishStaysTheDefault() throws Exception {
		mvc.perform(get("/"))
			.andExpect(content().string(allOf(containsString("<html lang=\"en\""), containsString("2.00%"),
					containsString("Belgium"))));
	}

	@Test
	void theChosenLanguageIsRememberedInACookie() throws Exception {
		Cookie remembered = mvc.perform(get("/").param("lang", "nl"))
			.andExpect(cookie().value("pledgewatch-lang", "nl"))
			.andReturn()
			.getResponse()
			.getCookie("pledgewatch-lang");

		mvc.perform(get("/countries/BEL").cookie(remembered))
			.andExpect(content().string(allOf(containsString("België"), containsString("<html lang=\"nl\""))));
	}

	@Test
	void acceptLanguageChoosesAmongTheSupportedLanguages() throws Exception {
		mvc.perform(get("/").header("Accept-Language", "fr-BE,fr;q=0.9,en;q=0.5"))
			.andExpect(content().string(allOf(containsString("<html lang=\"fr\""), containsString("Belgique"))));
		mvc.perform(get("/").header("Accept-Language", "es-ES,de;q=0.8"))
			.andExpect(content().string(containsString("<html lang=\"de\"")));
		mvc.perform(get("/").header("Accept-Language", "es-ES"))
			.andExpect(content().string(containsString("<html lang=\"en\"")));
	}

	@Test
	void anUnsupportedLangParameterChangesNothing() throws Exception {
		mvc.perform(get("/").param("lang", "xx"))
			.andExpect(status().isOk())
			.andExpect(cookie().doesNotExist("pledgewatch-lang"))
			.andExpect(content().string(containsString("<html lang=\"en\"")));
	}

	@Test
	void theLanguageSwitcherKeepsTheTargetAndTheTargetSelectorKeepsTheYear() throws Exception {
		mvc.perform(get("/?year=2020&target=3.5&lang=nl"))
			.andExpect(content().string(allOf(containsString("href=\"/?year=2020&amp;target=3.5&amp;lang=fr\""),
					containsString("href=\"/?year=2020&amp;target=5\""), containsString("href=\"/compare?target=3.5\""))));
	}

	@Test
	void anAllyWithoutATranslationKeepsItsDatasetName() {
		org.springframework.context.support.StaticMessageSource messages = new org.springframework.context.support.StaticMessageSource();
		messages.addMessage("country.name.BEL", java.util.Locale.forLanguageTag("nl"), "België");
		CountryNames names = new CountryNames(messages);
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("nl"));
		try {
			org.assertj.core.api.Assertions.assertThat(names.name("BEL", "Belgium")).isEqualTo("België");
			org.assertj.core.api.Assertions.assertThat(names.name("ATL", "Atlantis")).isEqualTo("Atlantis");
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
	}

}
