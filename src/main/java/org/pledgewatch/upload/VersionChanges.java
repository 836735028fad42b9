package org.pledgewatch.upload;

import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetDiff;
import org.pledgewatch.dataset.DatasetRow;

/**
 * What changed from one version to another, small enough to keep for every version: counts of rows added, removed
 * and changed with the first few named, and the first revised shares and compliance flips with their counts. It is
 * computed once (see {@link VersionComparisons}) and kept next to the version as {@code changes.json}.
 *
 * @param from the older version
 * @param to the newer version
 * @param added ally-years the newer version has and the older lacks
 * @param removed ally-years the older version has and the newer lacks
 * @param changed ally-years present in both with a different figure
 * @param examples "BEL 2024" for the first changed, added and removed ally-years
 * @param flips the first allies whose compliance with the default target flipped
 * @param flipCount how many flipped in all
 * @param revisions the first ally-years present in both whose share used, rounded as printed, changed
 * @param revisionCount how many were revised in all
 * @param yearsAdded years the newer version has and the older lacks
 * @param figures the first cells that changed, old → new (empty in summaries kept before this was recorded)
 * @param figureCount how many cells changed in all
 * @param addedRows the first ally-years added ("BEL 2026")
 * @param removedRows the first ally-years removed
 */
public record VersionChanges(int from, int to, int added, int removed, int changed, List<String> examples,
		List<ComplianceFlip> flips, int flipCount, List<ShareRevision> revisions, int revisionCount,
		List<Integer> yearsAdded, @Nullable List<FigureChange> figures, int figureCount,
		@Nullable List<String> addedRows, @Nullable List<String> removedRows) {

	/** How many ally-years the page names before it stops listing. */
	static final int LISTED = 12;

	/** How many share revisions and flips are kept and listed; the rest are counted. */
	static final int LISTED_REVISIONS = 40;

	/** How many changed cells and added or removed rows are kept and listed; the rest are counted. */
	static final int LISTED_FIGURES = 200;

	public VersionChanges {
		figures = figures == null ? List.of() : List.copyOf(figures);
		addedRows = addedRows == null ? List.of() : List.copyOf(addedRows);
		removedRows = removedRows == null ? List.of() : List.copyOf(removedRows);
		examples = List.copyOf(examples);
		flips = List.copyOf(flips);
		revisions = List.copyOf(revisions);
		yearsAdded = List.copyOf(yearsAdded);
	}

	static VersionChanges of(int from, int to, DatasetDiff diff, List<ComplianceFlip> flips,
			List<ShareRevision> revisions, List<Integer> yearsAdded) {
		List<String> examples = Stream
			.of(diff.changed().stream().map(DatasetDiff.Change::after), diff.added().stream(), diff.removed().stream())
			.flatMap(s -> s)
			.limit(LISTED)
			.map(VersionChanges::label)
			.toList();
		List<FigureChange> figures = diff.changed().stream().flatMap(c -> FigureChange.of(c, diff.moneyCompared()).stream()).toList();
		return new VersionChanges(from, to, diff.added().size(), diff.removed().size(), diff.changed().size(),
				examples, flips.stream().limit(LISTED_REVISIONS).toList(), flips.size(),
				revisions.stream().limit(LISTED_REVISIONS).toList(), revisions.size(), yearsAdded,
				figures.stream().limit(LISTED_FIGURES).toList(), figures.size(),
				diff.added().stream().limit(LISTED_FIGURES).map(VersionChanges::label).toList(),
				diff.removed().stream().limit(LISTED_FIGURES).map(VersionChanges::label).toList());
	}

	/** The revisions the page lists; {@link #revisionCount} says how many there are in all. */
	public List<ShareRevision> listedRevisions() {
		return revisions;
	}

	/** The changed cells the page lists; {@link #figureCount} says how many there are in all. */
	public List<FigureChange> listedFigures() {
		return figures == null ? List.of() : figures;
	}

	public boolean none() {
		return total() == 0;
	}

	public int total() {
		return added + removed + changed;
	}

	private static String label(DatasetRow row) {
		return row.iso3() + " " + row.year();
	}

}
