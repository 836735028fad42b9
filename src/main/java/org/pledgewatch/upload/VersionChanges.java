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
 */
record VersionChanges(int from, int to, DatasetDiff diff, List<ComplianceFlip> flips) {

	/** How many ally-years the page names before it stops listing. */
	static final int LISTED = 12;

	VersionChanges {
		flips = List.copyOf(flips);
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
