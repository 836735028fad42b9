package org.pledgewatch.dashboard;

import org.pledgewatch.language.CountryNames;
import org.pledgewatch.language.EditionNames;
import org.pledgewatch.language.Figures;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.compliance.PreviousEdition;
import org.pledgewatch.compliance.PreviousEditions;
import org.pledgewatch.compliance.CountryHistory;
import org.pledgewatch.compliance.ShareSince;
import org.pledgewatch.compliance.Target;
import org.pledgewatch.compliance.YearSummary;
import org.pledgewatch.system.ShownVersion;
import org.springframework.stereotype.Controller;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/** One ally over time. */
@Controller
class CountryController {

	private final ComplianceService compliance;

	private final SiteNavigation site;

	private final Figures figures;

	private final CountryNames names;

	private final ChartLabels chartLabels;

	private final CountryContext context;

	private final PreviousEditions previousEditions;

	private final EditionNames editions;

	private final ShownVersion shown;

	CountryController(ComplianceService compliance, SiteNavigation site, Figures figures, CountryNames names,
			ChartLabels chartLabels, CountryContext context, PreviousEditions previousEditions, EditionNames editions,
			ShownVersion shown) {
		this.previousEditions = previousEditions;
		this.editions = editions;
		this.shown = shown;
		this.compliance = compliance;
		this.site = site;
		this.figures = figures;
		this.names = names;
		this.chartLabels = chartLabels;
		this.context = context;
	}

	/** The page's figures per (version, ally, target, language). */
	private final PerModelCache<ViewKey, Map<String, Object>> views = new PerModelCache<>(64);

	@GetMapping("/countries/{iso3}")
	String country(@PathVariable String iso3, @RequestParam(required = false) @Nullable Target target, Model model) {
		Target shownTarget = compliance.targetOrDefault(target);
		ComplianceModel computed = compliance.model();
		String code = iso3.toUpperCase(Locale.ROOT);
		model.addAllAttributes(views.get(computed, new ViewKey(code, shownTarget, LocaleContextHolder.getLocale()),
				() -> view(computed, code, shownTarget)));
		return "country";
	}

	private Map<String, Object> view(ComplianceModel computed, String iso3, Target shownTarget) {
		Model model = new ExtendedModelMap();
		PreviousEdition previous = previousEditions.of(computed);
		CountryHistory history = previous.revise(computed.country(iso3, shownTarget));
		model.addAttribute("previousEdition",
				previous.citation() == null ? null : editions.name(previous.citation()));
		List<AllyYear> newestFirst = new ArrayList<>(history.rows());
		Collections.reverse(newestFirst);
		model.addAttribute("history", history);
		model.addAttribute("revised", history.rows().stream().anyMatch(r -> r.previous() != null));
		// Attributes that feed data-* and aria-* attributes: Thymeleaf forbids bean calls there.
		model.addAttribute("ally", site.highlightAlly());
		model.addAttribute("yearsLabel", site.datasetYears());
		model.addAttribute("rows", List.copyOf(newestFirst));
		TargetChoice choice = TargetChoice.of(shownTarget, figures);
		model.addAttribute("target", choice);
		model.addAttribute("name", names.name(history.iso3(), history.country()));
		model.addAttribute("allies", names.translated(computed.allies()));
		model.addAttribute("chartLabels", chartLabels.json());
		boolean highlighted = history.iso3().equals(compliance.highlightIso3());
		model.addAttribute("highlighted", highlighted);
		model.addAttribute("medians", Medians.byYear(history));
		if (choice.hague()) {
			model.addAttribute("path", computed.path(history.iso3(), shownTarget));
		}
		if (highlighted) {
			model.addAttribute("events", context.events(computed.citation()));
		}
		List<CountryContext.TimelineEntry> agreements = context.agreements(history.iso3());
		model.addAttribute("agreements", agreements.stream().anyMatch(CountryContext.TimelineEntry::current)
				? agreements : List.of());
		// The dashboard's default year (the latest complete one), never a later, partial year with a few rows.
		AllyYear latest = newestFirst.stream().filter(r -> r.year() <= computed.defaultYear()).findFirst()
			.orElse(newestFirst.isEmpty() ? null : newestFirst.get(newestFirst.size() - 1));
		YearSummary latestSummary = latest == null ? null
				: computed.summary(latest.year(), shownTarget, history.iso3());
		model.addAttribute("rankedCount", latestSummary == null ? 0 : latestSummary.alliesReporting());
		model.addAttribute("partialSummary", latestSummary == null || latestSummary.complete() ? null : latestSummary);
		model.addAttribute("latestSharingRank", latestSummary == null ? 0 : latestSummary.highlight().alliesSharingRank());
		model.addAttribute("since", ShareSince.of(history, latest));
		model.addAttribute("latest", latest);
		model.addAttribute("citation", computed.citation());
		if (latest != null) {
			model.addAttribute("status", computed.status(history.iso3(), latest.year(), shownTarget));
		}
		return Collections.unmodifiableMap(new LinkedHashMap<>(model.asMap()));
	}

	private record ViewKey(String iso3, Target target, Locale locale) {
	}

	/** The ally picker submits a form; answer with the ally's own address so it can be shared. */
	@GetMapping("/countries/go")
	String go(@RequestParam String iso3, @RequestParam(required = false) @Nullable Target target) {
		// The version the form was shown for (its hidden field) stays: the ally's page shows the same edition.
		String query = target == null ? "" : "?target=" + target.pct().toPlainString();
		return "redirect:"
				+ shown.link("/countries/" + UriUtils.encodePathSegment(iso3.strip(), StandardCharsets.UTF_8) + query);
	}

}
