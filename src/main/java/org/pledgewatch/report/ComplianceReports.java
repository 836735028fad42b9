package org.pledgewatch.report;

import java.time.Clock;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.compliance.CountryHistory;
import org.pledgewatch.compliance.PreviousEdition;
import org.pledgewatch.compliance.PreviousEditions;
import org.pledgewatch.compliance.Target;
import org.springframework.stereotype.Component;

/** Gathers the figures of one report from the active dataset version. */
@Component
class ComplianceReports {

	private final ComplianceService compliance;

	private final PreviousEditions previousEditions;

	private final Clock clock = Clock.systemUTC();

	ComplianceReports(ComplianceService compliance, PreviousEditions previousEditions) {
		this.compliance = compliance;
		this.previousEditions = previousEditions;
	}

	ComplianceReport report(@Nullable Integer year, @Nullable Target target) {
		ComplianceModel model = compliance.model();
		Target effective = compliance.targetOrDefault(target);
		int chosen = model.yearOrDefault(year);
		return build(model, chosen, effective, compliance.highlightIso3(), LocalDate.now(clock),
				previousEditions.of(model));
	}

	static ComplianceReport build(ComplianceModel model, int year, Target target, String highlightIso3,
			LocalDate today) {
		return build(model, year, target, highlightIso3, today, PreviousEdition.none());
	}

	static ComplianceReport build(ComplianceModel model, int year, Target target, String highlightIso3,
			LocalDate today, PreviousEdition previous) {
		CountryHistory highlight = model.ally(highlightIso3).isPresent() ? model.country(highlightIso3, target) : null;
		return new ComplianceReport(today, model.year(year, target),
				model.summary(year, target, highlightIso3), highlight,
				new ReportSeries(model.citation(), model.years(), y -> model.year(y, target)), model.moneyFigures(),
				model.population(), RevisionsSince.of(previous));
	}

}
