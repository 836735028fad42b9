package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drafts as any store records them: "stored as draft" in the version's metadata, a discard in the audit log, and
 * what {@link VersionStates} derives from the two, read back after the store is opened again.
 */
class VersionStatesTest {

	private static final String HEADER = "country,iso3,year,defence_expenditure_musd,gdp_musd\n";

	@TempDir
	Path dir;

	private static NewVersion version(String body, boolean draft) {
		byte[] content = (HEADER + body).getBytes(StandardCharsets.UTF_8);
		return new NewVersion("v.csv", content, new DatasetCsvParser().parse(content).rows(), "editor",
				VersionSource.none(), draft);
	}

	private FileSystemDatasetStore open() {
		return FileSystemDatasetStore.open(dir, List.of(version("Belgium,BEL,2024,100,10000\n", false)));
	}

	@Test
	void aDraftIsRecordedInItsMetadataAndStaysADraftUntilFirstActivated() throws Exception {
		FileSystemDatasetStore store = open();
		int draft = store.add(version("Belgium,BEL,2024,120,10000\n", true)).version();

		assertThat(Files.readString(dir.resolve("versions").resolve("0002").resolve("version.json")))
			.contains("\"draft\":true");
		assertThat(VersionStates.of(open()).draft(draft)).as("after a restart").isTrue();
		assertThat(VersionStates.of(store).published(1)).isTrue();

		store.activate(draft, "editor");
		store.activate(1, "editor");

		assertThat(VersionStates.of(open()).published(draft)).as("published for good, after a rollback too").isTrue();
	}

	@Test
	void aDiscardIsAnAuditActionAndTheVersionStaysInTheStore() throws Exception {
		FileSystemDatasetStore store = open();
		int draft = store.add(version("Belgium,BEL,2024,120,10000\n", true)).version();

		new DatasetEditor(store, event -> { }).discard(draft, "alice");

		FileSystemDatasetStore reopened = open();
		assertThat(VersionStates.of(reopened).of(draft)).isEqualTo(VersionStates.State.DISCARDED);
		assertThat(reopened.dataset(draft).rows()).singleElement()
			.satisfies(row -> assertThat(row.defenceExpenditureMusd()).isEqualByComparingTo("120"));
		assertThat(reopened.auditEntries()).extracting(AuditEntry::action, AuditEntry::version, AuditEntry::by)
			.contains(org.assertj.core.groups.Tuple.tuple("discard", draft, "alice"));
		assertThat(Files.readAllLines(dir.resolve("audit.jsonl"))).last().asString()
			.contains("\"action\":\"discard\"");
	}

	@Test
	void onlyADraftCanBeDiscarded() {
		FileSystemDatasetStore store = open();
		DatasetEditor editor = new DatasetEditor(store, event -> { });

		assertThatThrownBy(() -> editor.discard(1, "alice")).isInstanceOf(NotADraftException.class);
		assertThatThrownBy(() -> editor.discard(9, "alice")).isInstanceOf(UnknownVersionException.class);
		assertThat(store.auditEntries()).extracting(AuditEntry::action).doesNotContain("discard");
	}

	@Test
	void versionsStoredBeforeDraftsExistedArePublished() {
		DatasetVersion old = new DatasetVersion(1, "editor", java.time.Instant.EPOCH, "v.csv", "ab", 1, 1, 2024, 2024);

		assertThat(VersionStates.of(List.of(old), List.of(), 0).published(1)).isTrue();
	}

}
