package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pointer is the truth: when it is missing, empty or garbage, the version last activated according to the
 * audit log is restored (never simply the newest), the pointer is rewritten, and the log agrees.
 */
class ActivePointerTest {

	@TempDir
	Path dir;

	private static final NewVersion SEED = DamagedStoreTest.version("Belgium,BEL,2024,100,10000\n");

	private FileSystemDatasetStore open() {
		return FileSystemDatasetStore.open(dir, List.of(SEED));
	}

	/** Versions 1 to 3, the editor rolled back from 3 to 2. */
	private void rolledBackToTwo() {
		FileSystemDatasetStore store = open();
		store.add(DamagedStoreTest.version("Belgium,BEL,2024,200,10000\n"));
		store.add(DamagedStoreTest.version("Belgium,BEL,2024,300,10000\n"));
		store.activate(3, "editor");
		store.activate(2, "editor");
	}

	@Test
	void aMissingPointerIsRestoredFromTheAuditLog() throws IOException {
		rolledBackToTwo();
		Files.delete(dir.resolve("active"));

		assertThat(open().activeVersion()).isEqualTo(2);
		assertThat(dir.resolve("active")).hasContent("2\n");
	}

	@Test
	void anEmptyPointerIsRestoredFromTheAuditLog() throws IOException {
		rolledBackToTwo();
		Files.writeString(dir.resolve("active"), "");

		assertThat(open().activeVersion()).isEqualTo(2);
		assertThat(dir.resolve("active")).hasContent("2\n");
	}

	@Test
	void aGarbagePointerIsRestoredFromTheAuditLog() throws IOException {
		rolledBackToTwo();
		Files.writeString(dir.resolve("active"), "\u0000\u0000x7");

		assertThat(open().activeVersion()).isEqualTo(2);
		assertThat(dir.resolve("active")).hasContent("2\n");
	}

	@Test
	void aPointerToAVersionThatDoesNotExistIsRestoredFromTheAuditLog() throws IOException {
		rolledBackToTwo();
		Files.writeString(dir.resolve("active"), "42\n");

		assertThat(open().activeVersion()).isEqualTo(2);
	}

	@Test
	void withoutAnAuditedActivationTheNewestReadableVersionIsUsedAndRecorded() throws IOException {
		rolledBackToTwo();
		Files.delete(dir.resolve("active"));
		Files.delete(dir.resolve("audit.jsonl"));

		FileSystemDatasetStore store = open();

		assertThat(store.activeVersion()).isEqualTo(3);
		assertThat(dir.resolve("active")).hasContent("3\n");
		assertThat(Files.readAllLines(dir.resolve("audit.jsonl"))).singleElement()
			.asString()
			.contains("\"action\":\"activate\"", "\"version\":3");
	}

	@Test
	void aPointerToADamagedVersionFallsBackToTheLastAuditedReadableActivation() throws IOException {
		rolledBackToTwo();
		Files.delete(dir.resolve("versions/0002/source.csv"));

		FileSystemDatasetStore store = open();

		// The log's activations, latest first, are 2 (damaged), 3, 1: version 3 is the last readable one activated.
		assertThat(store.activeVersion()).isEqualTo(3);
		assertThat(dir.resolve("active")).hasContent("3\n");
		List<String> lines = Files.readAllLines(dir.resolve("audit.jsonl"));
		assertThat(lines.get(lines.size() - 1)).contains("\"action\":\"activate\"", "\"version\":3");
	}

	@Test
	void anIntactPointerWinsOverTheAuditLog() throws IOException {
		rolledBackToTwo();
		Files.writeString(dir.resolve("active"), "1\n");

		assertThat(open().activeVersion()).isEqualTo(1);
		List<String> lines = Files.readAllLines(dir.resolve("audit.jsonl"));
		assertThat(lines.get(lines.size() - 1)).as("the log is made to agree with the pointer")
			.contains("\"action\":\"activate\"", "\"version\":1");
	}

}
