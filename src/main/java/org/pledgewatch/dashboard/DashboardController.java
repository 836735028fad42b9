package org.pledgewatch.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.compliance.Target;
import org.pledgewatch.compliance.YearCompliance;
import org.pledgewatch.compliance.YearSummary;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard: one year, every ally, against the target. */
@Controller
class DashboardController {

	private final ComplianceService compliance;

	private final SiteNavigation site;

	private final Figures figures;

	DashboardController(ComplianceService compliance, SiteNavigation site, Figures figures) {
		this.compliance = compliance;
		this.site = site;
		this.figures = figures;
	}

	@GetMapping("/")
	String dashboard(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Target target, Model model) {
		ComplianceModel computed = compliance.model();
		int shownYear = year == null ? computed.latestYear() : year;
		Target shownTarget = target == null ? compliance.defaultTarget() : target;
		YearCompliance table = computed.year(shownYear, shownTarget);
		YearSummary summary = computed.summary(shownYear, shownTarget, compliance.highlightIso3());
		Map<String, String> names = table.rows()
			.stream()
			.collect(Collectors.toMap(AllyYear::iso3, AllyYear::country, (a, b) -> a));
		List<Integer> newestFirst = new ArrayList<>(computed.years());
		Collections.reverse(newestFirst);
		model.addAttribute("years", newestFirst);
		model.addAttribute("year", shownYear);
		// Attributes that feed data-* and aria-* attributes: Thymeleaf forbids bean calls there.
		model.addAttribute("ally", site.highlightAlly());
		model.addAttribute("yearsLabel", site.datasetYears());
		model.addAttribute("target", TargetChoice.of(shownTarget, figures));
		model.addAttribute("summary", summary);
		model.addAttribute("rows", table.rows());
		model.addAttribute("meetingNames", summary.meetingTarget().stream().map(names::get).toList());
		model.addAttribute("highlightRow", table.rows()
			.stream()
			.filter(r -> r.iso3().equals(compliance.highlightIso3()))
			.findFirst()
			.orElse(null));
		return "dashboard";
	}

}
