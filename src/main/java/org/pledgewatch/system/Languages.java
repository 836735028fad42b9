package org.pledgewatch.system;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The languages the site speaks: English (the default), Dutch, French and German. */
public final class Languages {

	public static final Locale DEFAULT = Locale.ENGLISH;

	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("nl"), Locale.FRENCH, Locale.GERMAN);

	private Languages() {
	}

	/** The supported language of {@code locale} (nl-BE is Dutch), or null when the site does not speak it. */
	public static @Nullable Locale supported(@Nullable Locale locale) {
		if (locale == null) {
			return null;
		}
		return SUPPORTED.stream().filter(l -> l.getLanguage().equals(locale.getLanguage())).findFirst().orElse(null);
	}

}
