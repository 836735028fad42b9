package org.pledgewatch.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Counts read as each language writes them: one problem, three problems; never "problem(s)" or "probleem/problemen". */
class PluralFormsTest {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasename("messages");
		MESSAGES.setDefaultEncoding(StandardCharsets.UTF_8.name());
		MESSAGES.setFallbackToSystemLocale(false);
		MESSAGES.setAlwaysUseMessageFormat(true);
	}

	private static String say(String key, String language, Object... args) {
		return MESSAGES.getMessage(key, args, Locale.forLanguageTag(language));
	}

	@Test
	void problemsInTheFourLanguages() {
		assertThat(say("upload.errors.heading", "en", 1)).endsWith(": 1 problem");
		assertThat(say("upload.errors.heading", "en", 3)).endsWith(": 3 problems");
		assertThat(say("upload.errors.heading", "nl", 1)).endsWith(": 1 probleem");
		assertThat(say("upload.errors.heading", "nl", 3)).endsWith(": 3 problemen");
		assertThat(say("upload.errors.heading", "fr", 1)).endsWith(" : 1 problème");
		assertThat(say("upload.errors.heading", "fr", 3)).endsWith(" : 3 problèmes");
		assertThat(say("upload.errors.heading", "de", 1)).endsWith(": 1 Problem");
		assertThat(say("upload.errors.heading", "de", 3)).endsWith(": 3 Probleme");
		assertThat(say("upload.errors.heading", "en", 1200)).endsWith(": 1,200 problems");
	}

	@Test
	void changedVerdictsInTheFourLanguages() {
		assertThat(say("datasets.flips", "en", 1, "2%")).isEqualTo("1 compliance verdict at 2% changed");
		assertThat(say("datasets.flips", "en", 5, "2%")).isEqualTo("5 compliance verdicts at 2% changed");
		assertThat(say("datasets.flips", "nl", 1, "2 %")).isEqualTo("1 oordeel bij 2 % veranderd");
		assertThat(say("datasets.flips", "nl", 5, "2 %")).isEqualTo("5 oordelen bij 2 % veranderd");
		assertThat(say("datasets.flips", "fr", 1, "2 %")).isEqualTo("1 verdict modifié à 2 %");
		assertThat(say("datasets.flips", "fr", 5, "2 %")).isEqualTo("5 verdicts modifiés à 2 %");
		assertThat(say("datasets.flips", "de", 1, "2 %")).isEqualTo("1 Urteil bei 2 % geändert");
		assertThat(say("datasets.flips", "de", 5, "2 %")).isEqualTo("5 Urteile bei 2 % geändert");
	}

	@Test
	void frenchChangeCountsAgree() {
		assertThat(say("datasets.changeCounts", "fr", 1, 0, 2)).isEqualTo("1 ajoutée, 0 supprimée, 2 modifiées");
	}

	@Test
	void revisedSharesInTheReportAgree() {
		assertThat(say("report.revisions.note", "en", "A", 1, "B", "1")).startsWith("A revised 1 share of GDP that B");
		assertThat(say("report.revisions.note", "nl", "A", 2, "B", "1")).startsWith("De A herzag 2 aandelen");
		assertThat(say("report.revisions.note", "de", "A", 1, "B", "1"))
			.startsWith("Die A hat 1 von der B (Datenversion 1) veröffentlichten Anteil");
	}

	@Test
	void noMessageWritesAPluralWithParentheses() {
		for (String language : new String[] { "en", "nl", "fr", "de" }) {
			java.util.ResourceBundle bundle = java.util.ResourceBundle.getBundle("messages",
					Locale.forLanguageTag(language), java.util.ResourceBundle.Control
						.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES));
			for (String key : bundle.keySet()) {
				assertThat(bundle.getString(key)).as("%s in %s", key, language)
					.doesNotContainPattern("\\w\\((s|e|n|en|es)\\)(?!\\w)")
					.doesNotContain("probleem/problemen")
					.doesNotContain("oordeel/oordelen");
			}
		}
	}

}
