package org.pledgewatch.compliance;

import java.util.concurrent.atomic.AtomicReference;

import org.pledgewatch.dataset.AccessionRegister;
import org.pledgewatch.dataset.ActiveDataset;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetActivated;
import org.pledgewatch.system.DashboardProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Holds the model of the active dataset version. A new version is computed completely, then swapped in with one
 * reference assignment.
 */
@Service
public class ComplianceService {

	private static final Logger log = LoggerFactory.getLogger(ComplianceService.class);

	private final ComplianceCalculator calculator;

	private final DashboardProperties properties;

	private final AtomicReference<ComplianceModel> current;

	public ComplianceService(ActiveDataset activeDataset, AccessionRegister accessions,
			DashboardProperties properties) {
		this.calculator = new ComplianceCalculator(accessions);
		this.properties = properties;
		this.current = new AtomicReference<>(compute(activeDataset.active()));
	}

	@EventListener
	public void onDatasetActivated(DatasetActivated event) {
		current.set(compute(event.dataset()));
	}

	private ComplianceModel compute(Dataset dataset) {
		long start = System.nanoTime();
		ComplianceModel model = calculator.compute(dataset);
		log.info("Computed dataset version {} ({} rows, {}–{}) in {} ms", dataset.version(), dataset.rows().size(),
				model.firstYear(), model.latestYear(), (System.nanoTime() - start) / 1_000_000);
		return model;
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
