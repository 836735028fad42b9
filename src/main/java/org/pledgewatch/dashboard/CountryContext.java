package org.pledgewatch.dashboard;

import org.pledgewatch.language.CountryNames;
import org.pledgewatch.language.EditionNames;
import org.pledgewatch.language.Figures;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetCitation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.pledgewatch.compliance.Ally;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.context.ContextData;
import org.pledgewatch.context.EventTexts;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The events and the Ukraine agreements as a country page lists them, in the reader's language. */
@Component
public class CountryContext {

	private final ContextData data;

	private final EventTexts events;

	private final ComplianceService compliance;

	private final CountryNames names;

	private final MessageSource messages;

	private final Figures figures;

	private final EditionNames editions;

	CountryContext(ContextData data, EventTexts events, ComplianceService compliance, CountryNames names,
			MessageSource messages, Figures figures, EditionNames editions) {
		this.editions = editions;
		this.data = data;
		this.events = events;
		this.compliance = compliance;
		this.names = names;
		this.messages = messages;
		this.figures = figures;
	}

	/**
	 * The events, each that quotes another edition's figures than the one {@code shown} named with it: NATO's June
	 * 2024 count beside the August 2025 edition's revised one reads as a quote, not a contradiction.
	 */
	List<EventItem> events(DatasetCitation shown) {
		Locale locale = LocaleContextHolder.getLocale();
		return events.in(locale)
			.stream()
			.map(e -> new EventItem(e.date(), figures.date(java.time.LocalDate.parse(e.date())), e.title(),
					e.description(), e.sourceUrl(),
					e.quotes() == null || e.quotes().is(shown) ? null
							: editions.name(e.quotes().publisher(), e.quotes().month(), 0, locale)))
			.toList();
	}

	/** Every agreement in signing order, the one {@code iso3} signed marked. */
	List<TimelineEntry> agreements(String iso3) {
		return data.agreements()
			.stream()
			.map(a -> {
				Optional<Ally> ally = allyNamed(a.partner());
				String name = ally.map(x -> names.name(x.iso3(), x.country())).orElseGet(() -> partnerName(a.partner()));
				return new TimelineEntry(a.position(), name, a.signedOn().toString(), figures.date(a.signedOn()),
						figures.ordinal(a.position()), ally.map(x -> x.iso3().equals(iso3)).orElse(false));
			})
			.toList();
	}

	private Optional<Ally> allyNamed(String partner) {
		return compliance.model().allies().stream().filter(a -> a.country().equals(partner)).findFirst();
	}

	/** A partner that is not an ally in the dataset (Japan, the European Union): message or the file's name. */
	private String partnerName(String partner) {
		String key = "partner." + partner.replaceAll("[^A-Za-z]", "_");
		String name = messages.getMessage(key, null, null, LocaleContextHolder.getLocale());
		return name == null ? partner : name;
	}

	/** An event as listed; {@code quotedEdition} names the edition it quotes when that is not the one shown. */
	record EventItem(String isoDate, String date, String title, String description, String sourceUrl,
			@Nullable String quotedEdition) {
	}

	record TimelineEntry(int position, String partner, String isoDate, String date, String ordinal, boolean current) {
	}

}
