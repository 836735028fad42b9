package org.pledgewatch.language;

import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.pledgewatch.compliance.Ally;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Allies' names in the reader's language, on the pages and in the reports ({@code ${@names.name(row.iso3, row.country)}} in templates): the message
 * {@code country.name.BEL} (België, Belgique, Belgien), or the dataset's own spelling where the language has no
 * such message: always in English (the dataset's language, so an editor's correction of a name shows as written) and
 * for an ally added by an upload.
 */
@Component("names")
public class CountryNames {

	private final MessageSource messages;

	public CountryNames(MessageSource messages) {
		this.messages = messages;
	}

	public String name(String iso3, String datasetName) {
		return name(iso3, datasetName, LocaleContextHolder.getLocale());
	}

	public String name(String iso3, String datasetName, Locale locale) {
		String name = messages.getMessage("country.name." + iso3, null, null, locale);
		return name == null ? datasetName : name;
	}

	/** The allies with their names translated, sorted in the reader's alphabetical order. */
	public List<Ally> translated(List<Ally> allies) {
		Locale locale = LocaleContextHolder.getLocale();
		Collator collator = Collator.getInstance(locale);
		return allies.stream()
			.map(a -> new Ally(a.iso3(), name(a.iso3(), a.country())))
			.sorted(Comparator.comparing(Ally::country, collator))
			.toList();
	}

	/** iso3 to translated name, for the charts' labels. */
	public Map<String, String> byIso3(List<Ally> allies, Locale locale) {
		Map<String, String> names = new LinkedHashMap<>();
		allies.forEach(a -> names.put(a.iso3(), name(a.iso3(), a.country(), locale)));
		return names;
	}

}
