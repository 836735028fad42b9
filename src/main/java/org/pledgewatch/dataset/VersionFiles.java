package org.pledgewatch.dataset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads one version's directory and tells whether it can be trusted: its {@code version.json} parses and names it,
 * and its {@code source.csv} is there, has the SHA-256 recorded, and still parses. Anything else is a
 * {@link DamagedVersionException} with a reason a reader can act on (no server paths: it is shown to anyone).
 */
final class VersionFiles {

	private final Path versionsDir;

	VersionFiles(Path versionsDir) {
		this.versionsDir = versionsDir;
	}

	Path dir(int number) {
		return versionsDir.resolve(String.format("%04d", number));
	}

	/** The version's metadata, once its file is found to be the one recorded. */
	DatasetVersion check(int number) {
		DatasetVersion version;
		try {
			version = StoreDocuments.metadata(Files.readAllBytes(dir(number).resolve(FileSystemDatasetStore.METADATA)));
		}
		catch (NoSuchFileException ex) {
			throw damage(number, FileSystemDatasetStore.METADATA + " is missing");
		}
		catch (IOException | RuntimeException ex) {
			throw damage(number, FileSystemDatasetStore.METADATA + " cannot be read");
		}
		if (version.version() != number) {
			throw damage(number, FileSystemDatasetStore.METADATA + " names version " + version.version());
		}
		source(version);
		return version;
	}

	/** The version's rows, read and parsed again. */
	Dataset read(DatasetVersion version) {
		ParsedDataset parsed = new DatasetCsvParser().parse(source(version));
		if (!parsed.valid()) {
			throw damage(version.version(),
					FileSystemDatasetStore.SOURCE + " no longer parses (" + parsed.errorCount() + " errors)");
		}
		return new Dataset(version.version(), parsed.rows(), version.citation(), aggregates(version));
	}

	/** The aggregates stored with the version, else those of the shipped edition it is a copy of, else none. */
	private PrintedAggregates aggregates(DatasetVersion version) {
		Path file = dir(version.version()).resolve(FileSystemDatasetStore.AGGREGATES);
		byte[] content;
		try {
			content = Files.readAllBytes(file);
		}
		catch (NoSuchFileException ex) {
			return ShippedDataset.printedAggregates(version.sha256());
		}
		catch (IOException ex) {
			throw damage(version.version(), FileSystemDatasetStore.AGGREGATES + " cannot be read");
		}
		try {
			return PrintedAggregates.parse(content);
		}
		catch (InvalidSourceException ex) {
			throw damage(version.version(), FileSystemDatasetStore.AGGREGATES + " no longer parses");
		}
	}

	private byte[] source(DatasetVersion version) {
		int number = version.version();
		String source = FileSystemDatasetStore.SOURCE;
		byte[] content;
		try {
			content = Files.readAllBytes(dir(number).resolve(source));
		}
		catch (NoSuchFileException ex) {
			throw damage(number, source + " is missing");
		}
		catch (IOException ex) {
			throw damage(number, source + " cannot be read (" + StoreFailures.reason(ex) + ")");
		}
		if (!VersionSummary.sha256(content).equals(version.sha256())) {
			throw damage(number, source + " does not match its recorded SHA-256 (truncated or altered: "
					+ content.length + " bytes)");
		}
		return content;
	}

	private static DamagedVersionException damage(int number, String reason) {
		return new DamagedVersionException(new DamagedVersion(number, reason));
	}

}
