package org.pledgewatch.compliance;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.dataset.AccessionRegister;
import org.pledgewatch.dataset.ActiveDataset;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.DatasetActivated;
import org.pledgewatch.dataset.RecentVersions;
import org.pledgewatch.system.DashboardProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Holds the model of the active dataset version. A new version is computed completely, then swapped in with one
 * reference assignment; a request keeps reading the one it started with.
 */
@Service
public class ComplianceService implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(ComplianceService.class);

	private static final String PINNED = ComplianceService.class.getName() + ".model";

	private final ComplianceCalculator calculator;

	private final DashboardProperties properties;

	private final AtomicReference<@Nullable ComplianceModel> current;

	private final CompletableFuture<ComplianceModel> initial;

	/**
	 * The models computed most recently, the active one among them: a version's model is computed once whoever asks
	 * (what an upload changed, then its activation), so a large upload is computed once, not twice.
	 */
	private final RecentVersions<ComplianceModel> models = new RecentVersions<>(2);

	private final AtomicInteger computedModels = new AtomicInteger();

	/**
	 * Models asked for by requests are computed here, one at a time, to the end: a request waits within its time
	 * limit ({@link RequestBudget#await}) and may stop, while the model goes on for the requests after it.
	 */
	private final ExecutorService computing = Executors.newSingleThreadExecutor(work -> {
		Thread thread = new Thread(work, "compliance-model");
		thread.setDaemon(true);
		return thread;
	});

	/** The model being computed for a version, shared by every request that asks for it meanwhile. */
	private final Map<Integer, CompletableFuture<ComplianceModel>> underWay = new HashMap<>();

	private final ActiveDataset datasets;

	public ComplianceService(ActiveDataset activeDataset, AccessionRegister accessions,
			DashboardProperties properties) {
		this.datasets = activeDataset;
		this.calculator = new ComplianceCalculator(accessions);
		this.properties = properties;
		this.current = new AtomicReference<>();
		// Computed while the rest of the application starts (most of a start is spent on one thread), and
		// awaited before the server takes its first request.
		Dataset active = activeDataset.active();
		this.initial = CompletableFuture.supplyAsync(() -> compute(active));
	}

	/** Spring calls this once every bean exists: a start fails here, as before, if the model cannot be computed. */
	@Override
	public void afterSingletonsInstantiated() {
		active();
	}

	private ComplianceModel active() {
		ComplianceModel model = current.get();
		if (model != null) {
			return model;
		}
		try {
			ComplianceModel first = initial.join();
			if (current.compareAndSet(null, first)) {
				models.put(first.version(), first);
			}
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
		return current.get();
	}

	@EventListener
	public void onDatasetActivated(DatasetActivated event) {
		Dataset dataset = event.dataset();
		ComplianceModel recent = models.find(dataset.version());
		try {
			// Not within a request's budget: an activation always completes.
			current.set(recent != null ? recent : underWay(dataset.version(), () -> dataset).join());
		}
		catch (CompletionException ex) {
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

	/** How many models were computed since start, the first active one included. */
	public int modelsComputed() {
		return computedModels.get();
	}

	/** The model of a version, computed from {@code dataset} unless it was computed recently. */
	public ComplianceModel model(int version, Supplier<Dataset> dataset) {
		ComplianceModel recent = models.find(version);
		return recent != null ? recent : RequestBudget.await(underWay(version, dataset));
	}

	private synchronized CompletableFuture<ComplianceModel> underWay(int version, Supplier<Dataset> dataset) {
		CompletableFuture<ComplianceModel> known = underWay.get(version);
		if (known != null) {
			return known;
		}
		CompletableFuture<ComplianceModel> model = new CompletableFuture<>();
		underWay.put(version, model);
		computing.execute(() -> {
			try {
				// Computed outside the cache's lock, so readers of cached models never wait for it; this one thread
				// computes every model, so none is computed twice.
				ComplianceModel recent = models.find(version);
				if (recent == null) {
					recent = compute(dataset.get());
					models.put(version, recent);
				}
				model.complete(recent);
			}
			catch (RuntimeException | Error ex) {
				model.completeExceptionally(ex);
			}
			finally {
				synchronized (this) {
					underWay.remove(version, model);
				}
			}
		});
		return model;
	}

	private ComplianceModel compute(Dataset dataset) {
		long start = System.nanoTime();
		ComplianceModel model = calculator.compute(dataset);
		computedModels.incrementAndGet();
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
			return active();
		}
		if (request.getAttribute(PINNED, RequestAttributes.SCOPE_REQUEST) instanceof ComplianceModel pinned) {
			return pinned;
		}
		ComplianceModel active = active();
		request.setAttribute(PINNED, active, RequestAttributes.SCOPE_REQUEST);
		return active;
	}

	/**
	 * Makes this request read the given version's model (from its first use: call it before anything reads the
	 * model). Which versions a reader may see is decided before this is called.
	 *
	 * @throws org.pledgewatch.dataset.UnknownVersionException when there is no such version
	 */
	public ComplianceModel pin(int version) {
		ComplianceModel active = active();
		ComplianceModel model = active.version() == version ? active : model(version, () -> datasets.dataset(version));
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(PINNED, model, RequestAttributes.SCOPE_REQUEST);
		}
		return model;
	}

	public Target defaultTarget() {
		return new Target(properties.targetPct());
	}

	/** Which target applies: the one the reader asked for, else the configured default. */
	public Target targetOrDefault(@Nullable Target requested) {
		return requested == null ? defaultTarget() : requested;
	}

	public String highlightIso3() {
		return properties.highlightCountry();
	}

}
