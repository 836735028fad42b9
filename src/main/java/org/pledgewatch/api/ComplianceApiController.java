package org.pledgewatch.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.compliance.PreviousEditions;
import org.pledgewatch.compliance.CountryHistory;
import org.pledgewatch.compliance.Target;
import org.pledgewatch.compliance.TargetPath;
import org.pledgewatch.compliance.Trend;
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

	private static final String YEAR = "Calendar year; when absent, the latest year in which at least half of that "
			+ "year's members have a share";

	private static final String TARGET = "Target in % of GDP, above 0 and at most 100 (e.g. 2, 3.5); the configured "
			+ "default (2) when absent";

	private final ComplianceService compliance;

	private final PreviousEditions previousEditions;

	ComplianceApiController(ComplianceService compliance, PreviousEditions previousEditions) {
		this.compliance = compliance;
		this.previousEditions = previousEditions;
	}

	@GetMapping("/compliance")
	@Operation(summary = "Every ally in one year against the target, highest share first")
	@ApiResponse(responseCode = "200", description = "The year's allies")
	YearCompliance compliance(
			@Parameter(description = YEAR, example = "2024") @RequestParam(required = false) @Nullable Integer year,
			@Parameter(description = TARGET, schema = @Schema(type = "number", example = "2")) @RequestParam(
					required = false) @Nullable Target target) {
		ComplianceModel model = compliance.model();
		return previousEditions.of(model).revise(model.year(model.yearOrDefault(year), compliance.targetOrDefault(target)));
	}

	@GetMapping("/summary")
	@Operation(summary = "Alliance aggregates for one year and the highlighted ally's figures, with the year's count "
			+ "in the previous published edition of the same publisher (previousEdition)")
	@ApiResponse(responseCode = "200", description = "The year's aggregates")
	YearSummary summary(
			@Parameter(description = YEAR, example = "2024") @RequestParam(required = false) @Nullable Integer year,
			@Parameter(description = TARGET, schema = @Schema(type = "number", example = "2")) @RequestParam(
					required = false) @Nullable Target target) {
		ComplianceModel model = compliance.model();
		Target shown = compliance.targetOrDefault(target);
		return previousEditions.of(model)
			.revise(model.summary(model.yearOrDefault(year), shown, compliance.highlightIso3()), shown);
	}

	@GetMapping("/trend")
	@Operation(summary = "How many allies meet the target in each year, with the median and alliance-wide share")
	@ApiResponse(responseCode = "200", description = "One entry per year, oldest first")
	Trend trend(@Parameter(description = TARGET, schema = @Schema(type = "number", example = "2")) @RequestParam(
			required = false) @Nullable Target target) {
		return compliance.model().trend(compliance.targetOrDefault(target));
	}

	@GetMapping("/countries/{iso3}")
	@Operation(summary = "One ally over every year, with the alliance median; each row revised since the previous "
			+ "published edition of the same publisher gives that edition's share as previous")
	@ApiResponse(responseCode = "200", description = "The ally's history")
	CountryHistory country(
			@Parameter(description = "ISO 3166-1 alpha-3 code, any case", example = "BEL") @PathVariable String iso3,
			@Parameter(description = TARGET, schema = @Schema(type = "number", example = "2")) @RequestParam(
					required = false) @Nullable Target target) {
		ComplianceModel model = compliance.model();
		return previousEditions.of(model)
			.revise(model.country(iso3.toUpperCase(java.util.Locale.ROOT), compliance.targetOrDefault(target)));
	}

	/** What it takes the ally to reach the target by 2035 (The Hague), with its reported shares. */
	@GetMapping("/countries/{iso3}/path")
	@Operation(summary = "The ally's distance to the target and the yearly growth of its share needed to reach it by 2035")
	@ApiResponse(responseCode = "200", description = "The ally's path")
	TargetPath path(
			@Parameter(description = "ISO 3166-1 alpha-3 code, any case", example = "BEL") @PathVariable String iso3,
			@Parameter(description = TARGET, schema = @Schema(type = "number", example = "3.5")) @RequestParam(
					required = false) @Nullable Target target) {
		return compliance.model().path(iso3.toUpperCase(java.util.Locale.ROOT), compliance.targetOrDefault(target));
	}

	/** Every ally's distance to the target and the yearly growth needed to reach it by 2035. */
	@GetMapping("/paths")
	@Operation(summary = "Every ally's distance to the target and the yearly growth needed to reach it by 2035")
	@ApiResponse(responseCode = "200", description = "Every ally's path, by name")
	List<TargetPath> paths(@Parameter(description = TARGET, schema = @Schema(type = "number", example = "3.5")) @RequestParam(
			required = false) @Nullable Target target) {
		return compliance.model().paths(compliance.targetOrDefault(target));
	}

	/** Several allies over time, side by side: {@code ?iso3=BEL&iso3=NLD}. */
	@GetMapping("/compare")
	@Operation(summary = "Several allies over every year, in the order asked")
	@ApiResponse(responseCode = "200", description = "The allies' histories")
	List<CountryHistory> compare(
			@Parameter(description = "ISO 3166-1 alpha-3 codes, repeated or comma-separated", example = "BEL") @RequestParam List<String> iso3,
			@Parameter(description = TARGET, schema = @Schema(type = "number", example = "2")) @RequestParam(
					required = false) @Nullable Target target) {
		Target shown = compliance.targetOrDefault(target);
		return iso3.stream().map(code -> compliance.model().country(code.strip().toUpperCase(java.util.Locale.ROOT), shown))
			.toList();
	}

}
