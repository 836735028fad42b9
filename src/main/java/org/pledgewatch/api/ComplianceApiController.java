package org.pledgewatch.api;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.compliance.CountryHistory;
import org.pledgewatch.compliance.Target;
import org.pledgewatch.compliance.TargetPath;
import org.pledgewatch.compliance.YearCompliance;
import org.pledgewatch.compliance.YearSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The JSON the charts read, and the contract for users' scripts. Numbers are unrounded; missing is null. */
@RestController
@RequestMapping("/api")
class ComplianceApiController {

	private final ComplianceService compliance;

	ComplianceApiController(ComplianceService compliance) {
		this.compliance = compliance;
	}

	@GetMapping("/compliance")
	YearCompliance compliance(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Target target) {
		ComplianceModel model = compliance.model();
		return model.year(year == null ? model.latestYear() : year, orDefault(target));
	}

	@GetMapping("/summary")
	YearSummary summary(@RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Target target) {
		ComplianceModel model = compliance.model();
		return model.summary(year == null ? model.latestYear() : year, orDefault(target), compliance.highlightIso3());
	}

	@GetMapping("/countries/{iso3}")
	CountryHistory country(@PathVariable String iso3, @RequestParam(required = false) @Nullable Target target) {
		return compliance.model().country(iso3.toUpperCase(java.util.Locale.ROOT), orDefault(target));
	}

	/** What it takes the ally to reach the target by 2035 (The Hague), with its reported shares. */
	@GetMapping("/countries/{iso3}/path")
	TargetPath path(@PathVariable String iso3, @RequestParam(required = false) @Nullable Target target) {
		return compliance.model().path(iso3.toUpperCase(java.util.Locale.ROOT), orDefault(target));
	}

	/** Every ally's distance to the target and the yearly growth needed to reach it by 2035. */
	@GetMapping("/paths")
	List<TargetPath> paths(@RequestParam(required = false) @Nullable Target target) {
		return compliance.model().paths(orDefault(target));
	}

	/** Several allies over time, side by side: {@code ?iso3=BEL&iso3=NLD}. */
	@GetMapping("/compare")
	List<CountryHistory> compare(@RequestParam List<String> iso3,
			@RequestParam(required = false) @Nullable Target target) {
		Target shown = orDefault(target);
		return iso3.stream().map(code -> compliance.model().country(code.strip().toUpperCase(java.util.Locale.ROOT), shown))
			.toList();
	}

	private Target orDefault(@Nullable Target target) {
		return target == null ? compliance.defaultTarget() : target;
	}

}
