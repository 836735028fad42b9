package org.pledgewatch.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The NATO editions shipped in the jar ({@code data/editions/} on the classpath), one file per edition, listed with
 * their sources in {@code editions.json} in the order they become versions: on a fresh store the first is version 1
 * and the last is active. No edition's name or date is written in code; it is data.
 */
public final class ShippedDataset {

	public static final String EDITIONS = "data/editions/";

	public static final String MANIFEST = EDITIONS + "editions.json";

	public static final String MEMBERS = "data/nato-members.csv";

	/** Who is recorded as having stored the shipped editions. */
	public static final String SHIPPED_BY = "pledgewatch";

	private static final List<NewVersion> EDITION_VERSIONS = readEditions();

	/** Each shipped edition's printed aggregates by the SHA-256 of its file: a stored copy of it gets them too. */
	private static final Map<String, PrintedAggregates> AGGREGATES = EDITION_VERSIONS.stream()
		.collect(Collectors.toUnmodifiableMap(e -> VersionSummary.sha256(e.content()), NewVersion::aggregates,
				(a, b) -> a));

	private ShippedDataset() {
	}

	/** The shipped editions, oldest first, as they are added to a store. */
	public static List<NewVersion> editions() {
		return EDITION_VERSIONS;
	}

	/** The dataset that shipped edition {@code version} (1 = oldest) is on a fresh store. */
	public static Dataset dataset(int version) {
		NewVersion edition = EDITION_VERSIONS.get(version - 1);
		DatasetVersion recorded = VersionSummary.of(version, edition, Instant.EPOCH);
		return new Dataset(version, edition.rows(), recorded.citation(), edition.aggregates());
	}

	/**
	 * The alliance-wide shares NATO printed in the shipped edition whose file has this SHA-256; none for any other
	 * file. A store that took an edition before the aggregates were shipped finds them here.
	 */
	public static PrintedAggregates printedAggregates(String sha256) {
		return AGGREGATES.getOrDefault(sha256, PrintedAggregates.none());
	}

	/** The newest shipped edition, active on a fresh store. */
	public static Dataset latest() {
		return dataset(EDITION_VERSIONS.size());
	}

	public static AccessionRegister accessions() {
		try (InputStream in = open(MEMBERS)) {
			return AccessionRegister.read(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] bytes(String resource) {
		try (InputStream in = open(resource)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<NewVersion> readEditions() {
		List<NewVersion> editions = new ArrayList<>();
		for (Edition edition : JsonMapper.builder().build().readValue(bytes(MANIFEST), Edition[].class)) {
			byte[] content = bytes(EDITIONS + edition.file());
			ParsedDataset parsed = new DatasetCsvParser().parse(content);
			if (!parsed.valid()) {
				throw new IllegalStateException("The shipped edition " + edition.file() + " is invalid: "
						+ parsed.errors()
							.stream()
							.map(e -> "line " + e.row() + " " + e.column() + ": " + e.message())
							.collect(Collectors.joining("; ")));
			}
			PrintedAggregates aggregates = edition.aggregates() == null ? PrintedAggregates.none()
					: PrintedAggregates.edition(bytes(EDITIONS + edition.aggregates().file()),
							edition.aggregates().edition());
			editions.add(new NewVersion(edition.file(), content, parsed.rows(), SHIPPED_BY,
					new VersionSource(edition.source(), edition.sourceUrl(), edition.notes(), edition.dataAsOf()),
					false, aggregates));
		}
		return List.copyOf(editions);
	}

	private static InputStream open(String resource) {
		InputStream in = ShippedDataset.class.getClassLoader().getResourceAsStream(resource);
		if (in == null) {
			throw new IllegalStateException("Missing classpath resource " + resource);
		}
		return in;
	}

	/** One entry of {@code editions.json}. */
	private record Edition(String file, String source, @Nullable String sourceUrl, @Nullable String notes,
			@Nullable LocalDate dataAsOf, @Nullable EditionAggregates aggregates) {
	}

	/** Where an edition's printed aggregates are: a file of several editions, and which edition's rows to read. */
	private record EditionAggregates(String file, String edition) {
	}

}
