package org.pledgewatch.upload;

import java.util.List;
import java.util.stream.Stream;

import org.pledgewatch.dataset.DatasetDiff;
import org.pledgewatch.dataset.DatasetRow;

/**
 * What changed from one version to another: rows added, removed and changed, and allies whose compliance with the
 * default target flipped.
 *
 * @param from the older version
 * @param to the newer version
 * @param revisions ally-years present in both whose share used, rounded as printed, changed
 * @param yearsAdded years the newer version has and the older lacks
 */
record VersionChanges(int from, int to, DatasetDiff diff, List<ComplianceFlip> flips, List<ShareRevision> revisions,
		List<Integer> yearsAdded) {

	/** How many ally-years the page names before it stops listing. */
	static final int LISTED = 12;

	VersionChanges {
		flips = List.copyOf(flips);
		revisions = List.copyOf(revisions);
		yearsAdded = List.copyOf(yearsAdded);
	}

	/** How many share revisions the page lists; the rest are counted. */
	static final int LISTED_REVISIONS = 40;

	/** The first revisions, for the page; the rest are counted. */
	public List<ShareRevision> listedRevisions() {
		return revisions.stream().limit(LISTED_REVISIONS).toList();
	}

	public boolean none() {
		return diff.isEmpty();
	}

	/** "BEL 2024" for the first few changed, added and removed ally-years. */
	public List<String> examples() {
		return Stream.of(diff.changed().stream().map(DatasetDiff.Change::after), diff.added().stream(),
				diff.removed().stream())
			.flatMap(s -> s)
			.limit(LISTED)
			.map(VersionChanges::label)
			.toList();
	}

	public int total() {
		return diff.added().size() + diff.removed().size() + diff.changed().size();
	}

	private static String label(DatasetRow row) {
		return row.iso3() + " " + row.year();
	}

}
