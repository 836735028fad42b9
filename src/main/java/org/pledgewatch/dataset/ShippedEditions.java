package org.pledgewatch.dataset;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which shipped editions a store still lacks: an edition is added on start unless a stored version has the same
 * SHA-256, so an existing store keeps its versions and its active one and gains only what is new.
 */
final class ShippedEditions {

	private ShippedEditions() {
	}

	static List<NewVersion> missingFrom(List<DatasetVersion> stored, List<NewVersion> editions) {
		Set<String> hashes = stored.stream().map(DatasetVersion::sha256).collect(Collectors.toSet());
		return editions.stream().filter(e -> !hashes.contains(VersionSummary.sha256(e.content()))).toList();
	}

}
