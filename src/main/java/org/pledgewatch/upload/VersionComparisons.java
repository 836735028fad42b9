package org.pledgewatch.upload;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.pledgewatch.compliance.AllyYear;
import org.pledgewatch.compliance.ComplianceCalculator;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.compliance.Target;
import org.pledgewatch.dataset.AccessionRegister;
import org.pledgewatch.dataset.DatasetDiff;
import org.pledgewatch.dataset.DatasetStore;
import org.springframework.stereotype.Component;

/**
 * Compares dataset versions. Versions are immutable, so each comparison is computed once and kept.
 */
@Component
class VersionComparisons {

	private final DatasetStore store;

	private final ComplianceCalculator calculator;

	private final Target target;

	private final String highlightIso3;

	private final Map<Integer, ComplianceModel> models = new ConcurrentHashMap<>();

	private final Map<List<Integer>, VersionChanges> changes = new ConcurrentHashMap<>();

	VersionComparisons(DatasetStore store, AccessionRegister accessions, ComplianceService compliance) {
		this.store = store;
		this.calculator = new ComplianceCalculator(accessions);
		this.target = compliance.defaultTarget();
		this.highlightIso3 = compliance.highlightIso3();
	}

	/** Changes against the version numbered one lower, if there is one. */
	Optional<VersionChanges> againstPrevious(int version) {
		return store.find(version - 1).map(previous -> between(previous.version(), version));
	}

	VersionChanges between(int from, int to) {
		return changes.computeIfAbsent(List.of(from, to), key -> compute(from, to));
	}

	String targetLabel() {
		return target.pct().toPlainString() + "%";
	}

	private VersionChanges compute(int from, int to) {
		DatasetDiff diff = DatasetDiff.between(store.dataset(from), store.dataset(to));
		ComplianceModel before = model(from);
		ComplianceModel after = model(to);
		List<Integer> yearsAdded = after.years().stream().filter(y -> !before.years().contains(y)).toList();
		return new VersionChanges(from, to, diff, flips(before, after), revisions(before, after), yearsAdded);
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
		return models.computeIfAbsent(version, v -> calculator.compute(store.dataset(v)));
	}

}
