package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgewatch.dataset.FaultyFiles.Fault;
import org.springframework.context.ApplicationEventPublisher;

/** A full disk or a store that cannot be written: truthful failures, nothing half done, the log never torn. */
class StoreFaultsTest {

	@TempDir
	Path dir;

	private static final NewVersion SEED = DamagedStoreTest.version("Belgium,BEL,2024,100,10000\n");

	private static final NewVersion SECOND = DamagedStoreTest.version("Belgium,BEL,2024,200,10000\n");

	private final FaultyFiles files = new FaultyFiles();

	private FileSystemDatasetStore open() {
		return new FileSystemDatasetStore(dir, files, List.of(SEED));
	}

	private List<String> auditLines() throws IOException {
		return Files.readAllLines(dir.resolve("audit.jsonl"));
	}

	@Test
	void aFullDiskWhileStoringAVersionChangesNothing() throws IOException {
		FileSystemDatasetStore store = open();
		List<String> before = auditLines();
		files.fail(Fault.DISK_FULL, "source.csv");

		assertThatThrownBy(() -> store.add(SECOND)).isInstanceOf(NoRoomException.class)
			.hasMessage("The server has no room to store this version; nothing was changed.");

		assertThat(store.versions()).hasSize(1);
		assertThat(auditLines()).isEqualTo(before);
		files.heal();
		assertThat(store.add(SECOND).version()).as("works again without a restart").isEqualTo(2);
	}

	@Test
	void aFullDiskDuringTheAuditAppendLeavesNoTornLine() throws IOException {
		FileSystemDatasetStore store = open();
		store.add(SECOND);
		List<String> before = auditLines();
		files.fail(Fault.DISK_FULL, "audit.jsonl");

		assertThatThrownBy(() -> store.activate(2, "editor")).isInstanceOf(NoRoomException.class);

		assertThat(auditLines()).isEqualTo(before);
		assertThat(store.activeVersion()).isEqualTo(1);
		assertThat(dir.resolve("active")).hasContent("1\n");
		files.heal();
		store.activate(2, "editor");
		List<String> after = auditLines();
		assertThat(after).hasSize(before.size() + 1);
		assertThat(after).allSatisfy(line -> assertThat(line).startsWith("{\"at\":\"").endsWith("}")
			.containsOnlyOnce("\"at\""));
	}

	@Test
	void aFailedPointerRenameTakesItsAuditLineBack() throws IOException {
		FileSystemDatasetStore store = open();
		store.add(SECOND);
		List<String> before = auditLines();
		files.fail(Fault.DISK_FULL, "active");

		assertThatThrownBy(() -> store.activate(2, "editor")).isInstanceOf(NoRoomException.class)
			.hasMessageContaining("nothing was changed");

		assertThat(auditLines()).as("no activation is recorded that did not happen").isEqualTo(before);
		assertThat(store.activeVersion()).isEqualTo(1);
		assertThat(new FileSystemDatasetStore(dir, new DurableFiles(), List.of(SEED)).activeVersion()).isEqualTo(1);
	}

	@Test
	void aLineTornBeforeIsNotGluedToTheNextOne() throws IOException {
		FileSystemDatasetStore store = open();
		store.add(SECOND);
		Files.writeString(dir.resolve("audit.jsonl"), "{\"at\":\"2025-", java.nio.file.StandardOpenOption.APPEND);

		store.activate(2, "editor");

		List<String> lines = auditLines();
		assertThat(lines.get(lines.size() - 1)).startsWith("{\"at\":\"").contains("\"action\":\"activate\"");
	}

	@Test
	void anUploadStoredButNotActivatedIsReportedAsStored() {
		FileSystemDatasetStore store = open();
		DatasetEditor editor = new DatasetEditor(store, event -> { });
		files.fail(Fault.DISK_FULL, "active");

		assertThatThrownBy(() -> editor.upload("v.csv", SECOND.content(), "editor"))
			.isInstanceOfSatisfying(StoredNotActivatedException.class, ex -> {
				assertThat(ex.version()).isEqualTo(2);
				assertThat(ex.reason()).isInstanceOf(NoRoomException.class);
				assertThat(ex.getMessage()).startsWith("Version 2 was stored but could not be made active");
			});

		assertThat(store.versions()).extracting(DatasetVersion::version).containsExactly(1, 2);
		assertThat(store.activeVersion()).isEqualTo(1);
		files.heal();
		assertThat(editor.activate(2, "editor").version()).isEqualTo(2);
	}

	@Test
	void aStoreThatCannotBeWrittenServesWhatItHoldsAndRefusesChanges() {
		open().add(SECOND);
		files.fail(Fault.READ_ONLY, "");

		FileSystemDatasetStore store = open();

		assertThat(store.notWritable()).hasValue("permission denied");
		assertThat(store.versions()).hasSize(2);
		assertThat(store.activeVersion()).isEqualTo(1);
		assertThatThrownBy(() -> store.add(SECOND)).isInstanceOf(StoreNotWritableException.class)
			.hasMessageContaining("cannot be written (permission denied)");
		assertThatThrownBy(() -> store.activate(2, "editor")).isInstanceOf(StoreNotWritableException.class);
	}

	@Test
	void anEmptyStoreThatCannotBeWrittenServesTheShippedEditionsFromMemory() throws IOException {
		files.fail(Fault.READ_ONLY, "");

		FileSystemDatasetStore store = open();

		assertThat(store.notWritable()).isPresent();
		assertThat(store.activeVersion()).isEqualTo(1);
		assertThat(store.dataset(1).rows().get(0).defenceExpenditureMusd()).isEqualByComparingTo("100");
		try (var entries = Files.list(dir)) {
			assertThat(entries.filter(p -> !Files.isDirectory(p))).as("nothing written").isEmpty();
		}
	}

	@Test
	void noRoomIsToldApartFromOtherFailures() {
		assertThat(StoreFailures.of("x", new IOException("No space left on device"), "full"))
			.isInstanceOf(NoRoomException.class);
		assertThat(StoreFailures.of("x", new IOException("Disk quota exceeded"), "full"))
			.isInstanceOf(NoRoomException.class);
		assertThat(StoreFailures.of("x", new java.nio.file.AccessDeniedException("/s"), "full"))
			.isInstanceOf(StoreNotWritableException.class);
		assertThat(StoreFailures.of("Could not store", new IOException("Input/output error"), "full"))
			.isExactlyInstanceOf(DatasetStoreException.class)
			.hasMessage("Could not store (Input/output error); nothing was changed.");
	}

}
