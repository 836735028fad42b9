package org.pledgewatch.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.compliance.CountryHistory;
import org.pledgewatch.compliance.Target;
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
@Tag(name = "Compliance", description = "Allies' defence expenditure against the target")
@ApiResponse(responseCode = "400", description = "A parameter could not be read (year not a number, target not in (0, 100])",
		content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "404", description = "No such year or ally in the dataset",
		content = @Content(schema = @Schema(implementation = ApiError.class)))
@ApiResponse(responseCode = "304", description = "Not modified: If-None-Match named the current ETag")
class ComplianceApiController {

	private static final String YEAR = "Calendar year; the latest year of the dataset when absent";

	private static final String TARGET = "Target in % of GDP, above 0 and at most 100 (e.g. 2, 3.5); the configured "
			+ "default (2) when absent";

	private final ComplianceService compliance;

	ComplianceApiController(ComplianceService compliance) {
		this.compliance = compliance;
	}

	@GetMapping("/compliance")
	@Operation(summary = "Every ally in one year against the target, highest share first")
	@ApiResponse(responseCode = "200", description = "The year's allies")
	YearCompliance compliance(
			@Parameter(description = YEAR, example = "2024") @RequestParam(required = false) @Nullable Integer year,
			@Parameter(description = TARGET, schema = @Schema(type = "number", example = "2")) @RequestParam(
					required = false) @Nullable Target target) {
		ComplianceModel model = compliance.model();
		return model.year(year == null ? model.latestYear() : year, orDefault(target));
	}

	@GetMapping("/summary")
	@Operation(summary = "Alliance aggregates for one year and the highlighted ally's figures")
	@ApiResponse(responseCode = "200", description = "The year's aggregates")
	YearSummary summary(
			@Parameter(description = YEAR, example = "2024") @RequestParam(required = false) @Nullable Integer year,
			@Parameter(description = TARGET, schema = @Schema(type = "number", example = "2")) @RequestParam(
					required = false) @Nullable Target target) {
		ComplianceModel model = compliance.model();
		return model.summary(year == null ? model.latestYear() : year, orDefault(target), compliance.highlightIso3());
	}

	@GetMapping("/countries/{iso3}")
	@Operation(summary = "One ally over every year, with the alliance median")
	@ApiResponse(responseCode = "200", description = "The ally's history")
	CountryHistory country(
			@Parameter(description = "ISO 3166-1 alpha-3 code, any case", example = "BEL") @PathVariable String iso3,
			@Parameter(description = TARGET, schema = @Schema(type = "number", example = "2")) @RequestParam(
					required = false) @Nullable Target target) {
		return compliance.model().country(iso3.toUpperCase(java.util.Locale.ROOT), orDefault(target));
	}

	private Target orDefault(@Nullable Target target) {
		return target == null ? compliance.defaultTarget() : target;
	}

}
