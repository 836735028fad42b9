package org.pledgewatch.dashboard;

import org.pledgewatch.compliance.Ally;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.springframework.stereotype.Component;

/**
 * What the layout shows on every HTML page ({@code ${@site.highlightAlly()}} in templates): read from a bean rather
 * than the model so that error pages, which get no model attributes, show the same header and footer.
 */
@Component("site")
public class SiteNavigation {

	private final ComplianceService compliance;

	SiteNavigation(ComplianceService compliance) {
		this.compliance = compliance;
	}

	public Ally highlightAlly() {
		String iso3 = compliance.highlightIso3();
		return compliance.model().ally(iso3).orElse(new Ally(iso3, iso3));
	}

	public int datasetVersion() {
		return compliance.model().version();
	}

	public String datasetYears() {
		ComplianceModel model = compliance.model();
		return model.firstYear() + "–" + model.latestYear();
	}

}
