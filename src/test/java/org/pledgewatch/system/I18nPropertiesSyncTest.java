package org.pledgewatch.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every message in English exists in Dutch, French and German, and every message parses as a MessageFormat (an
 * undoubled apostrophe would swallow the rest of the text). Events' titles and descriptions may exist only in a
 * translation: English falls back to data/events.csv. Country names exist only in translations: English shows the
 * dataset's own spelling.
 */
class I18nPropertiesSyncTest {

	private static Properties load(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(
				I18nPropertiesSyncTest.class.getClassLoader().getResourceAsStream(name), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	@ParameterizedTest
	@ValueSource(strings = { "nl", "fr", "de" })
	void translationHasExactlyTheEnglishKeys(String language) throws IOException {
		Set<String> english = load("messages.properties").stringPropertyNames();
		Set<String> translated = load("messages_" + language + ".properties").stringPropertyNames();

		Set<String> missing = new TreeSet<>(english);
		missing.removeAll(translated);
		Set<String> extra = new TreeSet<>(translated);
		extra.removeAll(english);
		extra.removeIf(key -> key.startsWith("event.") && (key.endsWith(".title") || key.endsWith(".description")));
		// English shows each ally's name as the active dataset spells it; translations name it in their language.
		extra.removeIf(key -> key.startsWith("country.name."));

		assertThat(missing).as("keys missing from messages_%s.properties", language).isEmpty();
		assertThat(extra).as("keys only in messages_%s.properties", language).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "_nl", "_fr", "_de" })
	void everyMessageIsAValidMessageFormatWithoutStrayApostrophes(String suffix) throws IOException {
		Properties messages = load("messages" + suffix + ".properties");
		Object[] arguments = { 1, 2, 3, 4, 5, 6, 7, 8, 9 };
		List<String> broken = new ArrayList<>();
		for (String key : messages.stringPropertyNames()) {
			String message = messages.getProperty(key);
			if (message.replace("''", "").contains("'")) {
				broken.add(key + ": a single apostrophe (double it, or use ’)");
				continue;
			}
			try {
				new MessageFormat(message).format(arguments);
			}
			catch (IllegalArgumentException ex) {
				broken.add(key + ": " + ex.getMessage());
			}
		}
		assertThat(broken).isEmpty();
	}

}
