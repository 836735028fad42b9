package org.pledgewatch.compliance;

import java.util.concurrent.atomic.AtomicReference;

import org.pledgewatch.dataset.AccessionRegister;
import org.pledgewatch.dataset.ActiveDataset;
import org.pledgewatch.dataset.DatasetActivated;
import org.pledgewatch.system.DashboardProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Holds the model of the active dataset version. A new version is computed completely, then swapped in with one
 * reference assignment.
 */
@Service
public class ComplianceService {

	private final ComplianceCalculator calculator;

	private final DashboardProperties properties;

	private final AtomicReference<ComplianceModel> current;

	public ComplianceService(ActiveDataset activeDataset, AccessionRegister accessions,
			DashboardProperties properties) {
		this.calculator = new ComplianceCalculator(accessions);
		this.properties = properties;
		this.current = new AtomicReference<>(calculator.compute(activeDataset.active()));
	}

	@EventListener
	public void onDatasetActivated(DatasetActivated event) {
		current.set(calculator.compute(event.dataset()));
	}

	public ComplianceModel model() {
		return current.get();
	}

	public Target defaultTarget() {
		return new Target(properties.targetPct());
	}

	public String highlightIso3() {
		return properties.highlightCountry();
	}

}
