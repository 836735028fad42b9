package org.pledgewatch.dashboard;

import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.language.CountryNames;
import org.pledgewatch.language.Figures;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.compliance.CountryHistory;
import org.pledgewatch.compliance.Target;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Several allies' shares side by side over time; Belgium and its neighbours unless the reader picks others. */
@Controller
class CompareController {

	static final List<String> NEIGHBOURS = List.of("BEL", "NLD", "LUX", "FRA", "DEU");

	private final ComplianceService compliance;

	private final Figures figures;

	private final CountryNames names;

	private final ChartLabels chartLabels;

	CompareController(ComplianceService compliance, Figures figures, CountryNames names, ChartLabels chartLabels) {
		this.compliance = compliance;
		this.figures = figures;
		this.names = names;
		this.chartLabels = chartLabels;
	}

	@GetMapping("/compare")
	String compare(@RequestParam(required = false) @Nullable List<String> iso3,
			@RequestParam(required = false) @Nullable Target target, Model model) {
		ComplianceModel computed = compliance.model();
		Target shownTarget = compliance.targetOrDefault(target);
		Set<String> picked = new LinkedHashSet<>();
		(iso3 == null || iso3.isEmpty() ? NEIGHBOURS : iso3).forEach(code -> picked.add(code.strip().toUpperCase(Locale.ROOT)));
		List<CountryHistory> histories = new ArrayList<>();
		for (String code : picked) {
			RequestBudget.check();
			histories.add(computed.country(code, shownTarget));
		}
		model.addAttribute("target", TargetChoice.of(shownTarget, figures));
		model.addAttribute("allies", names.translated(computed.allies()));
		model.addAttribute("picked", picked);
		model.addAttribute("table", CompareTable.of(histories, computed.years(), computed.partialYears(), names));
		model.addAttribute("endpointIso3", String.join(",", picked));
		model.addAttribute("yearsLabel", computed.yearSpan());
		model.addAttribute("chartLabels", chartLabels.json());
		model.addAttribute("highlight", compliance.highlightIso3());
		return "compare";
	}

}
