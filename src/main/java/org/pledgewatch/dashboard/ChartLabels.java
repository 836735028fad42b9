package org.pledgewatch.dashboard;

import org.pledgewatch.language.CountryNames;
import org.pledgewatch.language.CurrencyLabels;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import tools.jackson.databind.json.JsonMapper;

/**
 * The words charts.js draws on the canvases, in the reader's language, as one JSON object for a
 * {@code data-chart-labels} attribute: allies' names by iso3 and the charts' fixed texts.
 */
@Component
public class ChartLabels {

	private static final String[] KEYS = { "median", "estimate", "noData", "notMember", "musd", "percent",
			"actual", "required", "target", "events", "rank", "meeting", "reporting", "partial" };

	private final MessageSource messages;

	private final CountryNames names;

	private final ComplianceService compliance;

	private final JsonMapper json;

	ChartLabels(MessageSource messages, CountryNames names, ComplianceService compliance, JsonMapper json) {
		this.messages = messages;
		this.names = names;
		this.compliance = compliance;
		this.json = json;
	}

	/** Computed once per version and language. */
	private final PerModelCache<Locale, String> cache = new PerModelCache<>(16);

	String json() {
		Locale locale = LocaleContextHolder.getLocale();
		ComplianceModel model = compliance.model();
		return cache.get(model, locale, () -> json(model, locale));
	}

	private String json(ComplianceModel model, Locale locale) {
		Map<String, Object> labels = new LinkedHashMap<>();
		for (String key : KEYS) {
			labels.put(key, CurrencyLabels.inCurrency(messages.getMessage("chart.label." + key, null, locale),
					model.citation().currency()));
		}
		labels.put("locale", locale.toLanguageTag());
		labels.put("names", names.byIso3(model.allies(), locale));
		return json.writeValueAsString(labels);
	}

}
