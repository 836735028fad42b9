package org.pledgewatch.language;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetCitation;
import org.pledgewatch.dataset.DatasetVersion;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An edition as a reader names it: "NATO's June 2024 edition" ("NAVO-editie van juni 2024"), from the publisher and
 * the month the source gives; "dataset version 1" when the source names neither.
 */
@Component("editions")
public class EditionNames {

	private final MessageSource messages;

	private final Figures figures;

	public EditionNames(MessageSource messages) {
		this.messages = messages;
		this.figures = new Figures(messages);
	}

	/**
	 * A version's source as recorded, except that a version uploaded without one ("Uploaded by editor on 2025-01-31")
	 * is described in the reader's language.
	 */
	public String source(String recorded) {
		Locale locale = LocaleContextHolder.getLocale();
		return DatasetVersion.unstated(recorded)
			.map(u -> messages.getMessage("revisions.unstatedSource",
					new Object[] { u.uploadedBy(), figures.date(u.on(), locale) }, locale))
			.orElse(recorded);
	}

	public String name(DatasetCitation citation) {
		return name(citation, LocaleContextHolder.getLocale());
	}

	public String name(DatasetCitation citation, Locale locale) {
		return name(citation.publisher(), citation.publishedIn(), citation.version(), locale);
	}

	/** An edition named by publisher and month; {@code version} names it when either is unknown (0: not stored). */
	public String name(@Nullable String publisher, @Nullable YearMonth month, int version, Locale locale) {
		if (publisher == null || month == null) {
			return messages.getMessage("revisions.edition.version", new Object[] { String.valueOf(version) }, locale);
		}
		String monthName = DateTimeFormatter.ofPattern("LLLL uuuu", locale).format(month);
		String who = messages.getMessage("revisions.publisher." + publisher, null, publisher, locale);
		return messages.getMessage("revisions.edition", new Object[] { who, monthName }, locale);
	}

}
