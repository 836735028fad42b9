package org.pledgewatch.dashboard;

import org.pledgewatch.language.CountryNames;
import org.pledgewatch.language.EditionNames;
import org.pledgewatch.language.Figures;
import org.pledgewatch.map.AlliesMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.Ally;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.compliance.PreviousEdition;
import org.pledgewatch.compliance.PreviousEditions;
import org.pledgewatch.compliance.CountryHistory;
import org.pledgewatch.compliance.Target;
import org.pledgewatch.compliance.TargetStatus;
import org.pledgewatch.compliance.YearCompliance;
import org.pledgewatch.compliance.YearSummary;
import org.springframework.stereotype.Controller;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard: one year, every ally, against the target. */
@Controller
class DashboardController {

	private final ComplianceService compliance;

	private final SiteNavigation site;

	private final Figures figures;

	private final CountryNames names;

	private final ChartLabels chartLabels;

	private final AlliesMap maps;

	private final PreviousEditions previousEditions;

	private final EditionNames editions;

	DashboardController(ComplianceService compliance, SiteNavigation site, Figures figures, CountryNames names,
			ChartLabels chartLabels, AlliesMap maps, PreviousEditions previousEditions, EditionNames editions) {
		this.previousEditions = previousEditions;
		this.editions = editions;
		this.compliance = compliance;
		this.site = site;
		this.figures = figures;
		this.names = names;
		this.chartLabels = chartLabels;
		this.maps = maps;
	}

	/** The page's figures per (version, year, target, language): most readers ask for the same few. */
	private final PerModelCache<ViewKey, Map<String, Object>> views = new PerModelCache<>(32);

	@GetMapping("/")
	String dashboard(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Target target,
			@RequestParam(required = false) @Nullable Integer page, Model model) {
		ComplianceModel computed = compliance.model();
		int shownYear = computed.yearOrDefault(year);
		Target shownTarget = compliance.targetOrDefault(target);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAllAttributes(views.get(computed, new ViewKey(shownYear, shownTarget, locale),
				() -> view(computed, shownYear, shownTarget)));
		// The tables show one page of allies; the figures above them are the whole year's.
		model.addAttribute("allies", TablePage.of(rowsOf(model), page));
		if (model.getAttribute("paths") instanceof List<?> paths) {
			model.addAttribute("pathsPage", TablePage.of(paths, page));
		}
		return "dashboard";
	}

	private Map<String, Object> view(ComplianceModel computed, int shownYear, Target shownTarget) {
		Model model = new ExtendedModelMap();
		PreviousEdition previous = previousEditions.of(computed);
		YearCompliance table = previous.revise(computed.year(shownYear, shownTarget));
		YearSummary summary = previous.revise(computed.summary(shownYear, shownTarget, compliance.highlightIso3()),
				shownTarget);
		// Where the previous edition printed other figures, the page names it beside them.
		model.addAttribute("previousEdition",
				previous.citation() == null ? null : editions.name(previous.citation()));
		Map<String, String> meetingNames = table.rows()
			.stream()
			.collect(Collectors.toMap(AllyYear::iso3, r -> names.name(r.iso3(), r.country()), (a, b) -> a));
		List<Integer> newestFirst = new ArrayList<>(computed.years());
		Collections.reverse(newestFirst);
		model.addAttribute("years", List.copyOf(newestFirst));
		model.addAttribute("year", shownYear);
		// Attributes that feed data-* and aria-* attributes: Thymeleaf forbids bean calls there.
		model.addAttribute("ally", site.highlightAlly());
		model.addAttribute("yearsLabel", site.datasetYears());
		TargetChoice choice = TargetChoice.of(shownTarget, figures);
		model.addAttribute("target", choice);
		model.addAttribute("chartLabels", chartLabels.json());
		String highlightIso3 = compliance.highlightIso3();
		CountryHistory highlightHistory = computed.ally(highlightIso3).isPresent()
				? computed.country(highlightIso3, shownTarget)
				: new CountryHistory(highlightIso3, highlightIso3, shownTarget.pctValue(), List.of(), List.of(),
						computed.citation());
		model.addAttribute("highlightHistory", highlightHistory);
		model.addAttribute("medians", Medians.byYear(highlightHistory));
		if (choice.hague()) {
			model.addAttribute("paths", computed.paths(shownTarget));
		}
		model.addAttribute("summary", summary);
		model.addAttribute("citation", computed.citation());
		model.addAttribute("trend", computed.trend(shownTarget));
		if (computed.ally(highlightIso3).isPresent()) {
			TargetStatus status = computed.status(highlightIso3, shownYear, shownTarget);
			model.addAttribute("status", status);
			model.addAttribute("newlyMeetingNames", translatedNames(status.newlyMeeting()));
			model.addAttribute("newlyMissingNames", translatedNames(status.newlyMissing()));
		}
		model.addAttribute("rows", table.rows());
		model.addAttribute("map", maps.view(table, highlightIso3, LocaleContextHolder.getLocale()));
		List<String> meeting = summary.meetingTarget().stream().map(meetingNames::get).toList();
		model.addAttribute("meetingNames", meeting.subList(0, Math.min(meeting.size(), TablePage.SIZE)));
		model.addAttribute("meetingNamesNotShown", Math.max(0, meeting.size() - TablePage.SIZE));
		model.addAttribute("highlightRow", table.rows()
			.stream()
			.filter(r -> r.iso3().equals(compliance.highlightIso3()))
			.findFirst()
			.orElse(null));
		return Collections.unmodifiableMap(new LinkedHashMap<>(model.asMap()));
	}

	@SuppressWarnings("unchecked")
	private static List<AllyYear> rowsOf(Model model) {
		return (List<AllyYear>) model.getAttribute("rows");
	}

	private record ViewKey(int year, Target target, Locale locale) {
	}

	private List<String> translatedNames(List<Ally> allies) {
		return names.translated(allies).stream().map(Ally::country).toList();
	}

}
