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
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Holds the model of the active dataset version. A new version is computed completely, then swapped in with one
 * reference assignment; a request keeps reading the one it started with.
 */
@Service
public class ComplianceService {

	private static final Logger log = LoggerFactory.getLogger(ComplianceService.class);

	private static final String PINNED = ComplianceService.class.getName() + ".model";

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

	/**
	 * The model this request reads. The first call in a request pins the active model to it, so a page, its ETag and
	 * its header and footer all come from one version even when another is activated meanwhile; outside a request,
	 * the active model.
	 */
	public ComplianceModel model() {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request == null) {
			return current.get();
		}
		if (request.getAttribute(PINNED, RequestAttributes.SCOPE_REQUEST) instanceof ComplianceModel pinned) {
			return pinned;
		}
		ComplianceModel active = current.get();
		request.setAttribute(PINNED, active, RequestAttributes.SCOPE_REQUEST);
		return active;
	}

	public Target defaultTarget() {
		return new Target(properties.targetPct());
	}

	public String highlightIso3() {
		return properties.highlightCountry();
	}

}
