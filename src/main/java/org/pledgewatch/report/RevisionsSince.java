package org.pledgewatch.report;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.PreviousEdition;
import org.pledgewatch.compliance.Revision;
import org.pledgewatch.dataset.DatasetCitation;

/**
 * What the report's version revised since the previous published edition of the same publisher: every ally-year
 * whose printed share differs, newest year first. Empty when there is no previous edition.
 *
 * @param previous the previous edition's citation; null when there is none
 * @param revisions the revised ally-years
 */
record RevisionsSince(@Nullable DatasetCitation previous, List<Revision> revisions) {

	static final RevisionsSince NONE = new RevisionsSince(null, List.of());

	RevisionsSince {
		revisions = List.copyOf(revisions);
	}

	static RevisionsSince of(PreviousEdition edition) {
		return edition.citation() == null ? NONE : new RevisionsSince(edition.citation(), edition.revisions());
	}

}
