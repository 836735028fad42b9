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
		return missingFrom(stored.stream().map(DatasetVersion::sha256).collect(Collectors.toSet()), editions);
	}

	/** @param storedHashes the SHA-256 of every stored version */
	static List<NewVersion> missingFrom(Set<String> storedHashes, List<NewVersion> editions) {
		return editions.stream().filter(e -> !storedHashes.contains(VersionSummary.sha256(e.content()))).toList();
	}

}
