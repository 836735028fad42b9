package org.pledgewatch.upload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.compliance.Target;
import org.pledgewatch.dataset.DatasetDiff;
import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.dataset.DatasetStored;
import org.pledgewatch.dataset.DatasetVersion;
import org.pledgewatch.dataset.RecentVersions;
import org.pledgewatch.dataset.VersionStates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares dataset versions. What a version changed against the one before is computed once, when it is stored (or,
 * for versions stored before this was kept, the first time it is asked for), and kept with it as
 * {@code changes.json}: listing the versions never computes every version's model. Models are computed one at a
 * time and only the last {@value #CACHED_MODELS} are kept, whoever asks.
 */
@Component
public class VersionComparisons {

	private static final Logger log = LoggerFactory.getLogger(VersionComparisons.class);

	static final String CHANGES = "changes.json";

	static final int CACHED_MODELS = 2;

	private final DatasetStore store;

	private final ComplianceService compliance;

	private final Target target;

	private final String highlightIso3;

	private final JsonMapper json = JsonMapper.builder().build();

	private final RecentVersions<ComplianceModel> models = new RecentVersions<>(CACHED_MODELS);

	/** Each version's changes against the one before: a few kilobytes each. */
	private final Map<Integer, VersionChanges> summaries = new ConcurrentHashMap<>();

	VersionComparisons(DatasetStore store, ComplianceService compliance) {
		this.store = store;
		this.compliance = compliance;
		this.target = compliance.defaultTarget();
		this.highlightIso3 = compliance.highlightIso3();
	}

	/** A new version's changes are worked out now, while the editor waits, not by the next reader of /datasets. */
	@EventListener
	public void onDatasetStored(DatasetStored event) {
		try {
			againstPrevious(event.version().version(), VersionStates.of(store));
		}
		catch (RuntimeException ex) {
			log.warn("Could not work out what version {} changed: {}", event.version().version(), ex.getMessage());
		}
	}

	/** As {@link #againstPrevious(int, VersionStates)}, reading the versions' states now. */
	Optional<VersionChanges> againstPrevious(int version) {
		return againstPrevious(version, VersionStates.of(store));
	}

	/**
	 * Changes against the nearest older readable published version, if there is one: drafts are skipped, so what a
	 * published version changed never names a draft's figures.
	 */
	Optional<VersionChanges> againstPrevious(int version, VersionStates states) {
		Optional<Integer> previous = store.versions()
			.stream()
			.map(DatasetVersion::version)
			.filter(v -> v < version && states.published(v))
			.max(Integer::compare);
		if (previous.isEmpty()) {
			return Optional.empty();
		}
		VersionChanges known = summaries.get(version);
		if (known != null && known.from() == previous.get()) {
			return Optional.of(known);
		}
		try {
			return Optional.of(summary(previous.get(), version));
		}
		catch (RuntimeException ex) {
			// One of the two was found damaged while reading: the page shows the damage instead.
			log.warn("No changes for version {}: {}", version, ex.getMessage());
			return Optional.empty();
		}
	}

	/** One at a time: concurrent readers wait for the summary rather than compute it again in parallel. */
	private synchronized VersionChanges summary(int from, int to) {
		VersionChanges known = summaries.get(to);
		if (known != null && known.from() == from) {
			return known;
		}
		VersionChanges changes = store.derived(to, CHANGES)
			.flatMap(this::read)
			.filter(stored -> stored.from() == from && stored.to() == to)
			.orElseGet(() -> {
				VersionChanges computed = between(from, to);
				store.saveDerived(to, CHANGES, json.writeValueAsBytes(computed));
				return computed;
			});
		summaries.put(to, changes);
		return changes;
	}

	private Optional<VersionChanges> read(byte[] stored) {
		try {
			return Optional.of(json.readValue(stored, VersionChanges.class));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** What {@code to} changes against {@code from}: the preview of a draft against the published version. */
	public VersionChanges between(int from, int to) {
		DatasetDiff diff = DatasetDiff.between(store.dataset(from), store.dataset(to));
		ComplianceModel before = model(from);
		ComplianceModel after = model(to);
		List<Integer> yearsAdded = after.years().stream().filter(y -> !before.years().contains(y)).toList();
		return VersionChanges.of(from, to, diff, flips(before, after), revisions(before, after), yearsAdded);
	}

	String targetLabel() {
		return target.pct().toPlainString() + "%";
	}

	/** How many models are held now: at most {@value #CACHED_MODELS}, however many versions are stored. */
	int modelsCached() {
		return models.size();
	}

	/** How many models were computed since start. */
	int modelsComputed() {
		return models.computed();
	}

	private List<ShareRevision> revisions(ComplianceModel before, ComplianceModel after) {
		List<ShareRevision> revisions = new ArrayList<>();
		for (int year : after.years()) {
			if (!before.years().contains(year)) {
				continue;
			}
			Map<String, Double> was = new HashMap<>();
			before.year(year, target).rows().forEach(row -> {
				if (row.shareOfGdpPctRounded() != null) {
					was.put(row.iso3(), row.shareOfGdpPctRounded());
				}
			});
			for (AllyYear row : after.year(year, target).rows()) {
				Double previous = was.get(row.iso3());
				Double now = row.shareOfGdpPctRounded();
				if (previous != null && now != null && previous.doubleValue() != now.doubleValue()) {
					revisions.add(new ShareRevision(row.iso3(), row.country(), year, previous, now));
				}
			}
		}
		// The highlighted ally first, then the newest years: what readers quoting a figure look for.
		revisions.sort(Comparator.comparing((ShareRevision r) -> !r.iso3().equals(highlightIso3))
			.thenComparing(Comparator.comparingInt(ShareRevision::year).reversed()));
		return revisions;
	}

	private List<ComplianceFlip> flips(ComplianceModel before, ComplianceModel after) {
		List<ComplianceFlip> flips = new ArrayList<>();
		for (int year : after.years()) {
			if (!before.years().contains(year)) {
				continue;
			}
			Map<String, Boolean> was = new HashMap<>();
			before.year(year, target).rows().forEach(row -> {
				if (row.meetsTarget() != null) {
					was.put(row.iso3(), row.meetsTarget());
				}
			});
			for (AllyYear row : after.year(year, target).rows()) {
				Boolean previous = was.get(row.iso3());
				if (previous != null && row.meetsTarget() != null && !previous.equals(row.meetsTarget())) {
					flips.add(new ComplianceFlip(row.iso3(), row.country(), year, row.meetsTarget()));
				}
			}
		}
		return flips;
	}

	private ComplianceModel model(int version) {
		return models.get(version, v -> compliance.model(v, () -> store.dataset(v)));
	}

}
