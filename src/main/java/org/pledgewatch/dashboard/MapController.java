package org.pledgewatch.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.compliance.Target;
import org.pledgewatch.compliance.YearSummary;
import org.pledgewatch.language.Figures;
import org.pledgewatch.map.AlliesMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The allies on a map for a year and a target, with the same figures as a table. */
@Controller
class MapController {

	private final ComplianceService compliance;

	private final AlliesMap maps;

	private final Figures figures;

	/** The map per (version, year, target, language): its outlines are most of the page. */
	private final PerModelCache<MapKey, AlliesMap.MapView> views = new PerModelCache<>(16);

	private record MapKey(int year, Target target, Locale locale) {
	}

	MapController(ComplianceService compliance, AlliesMap maps, Figures figures) {
		this.compliance = compliance;
		this.maps = maps;
		this.figures = figures;
	}

	@GetMapping("/map")
	String map(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Target target, Model model) {
		ComplianceModel computed = compliance.model();
		int shownYear = computed.yearOrDefault(year);
		Target shownTarget = compliance.targetOrDefault(target);
		List<Integer> newestFirst = new ArrayList<>(computed.years());
		Collections.reverse(newestFirst);
		model.addAttribute("years", List.copyOf(newestFirst));
		model.addAttribute("year", shownYear);
		model.addAttribute("target", TargetChoice.of(shownTarget, figures));
		YearSummary summary = computed.summary(shownYear, shownTarget, compliance.highlightIso3());
		model.addAttribute("partialSummary", summary.complete() ? null : summary);
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("map", views.get(computed, new MapKey(shownYear, shownTarget, locale),
				() -> maps.view(computed.year(shownYear, shownTarget), compliance.highlightIso3(), locale)));
		return "map";
	}

}
