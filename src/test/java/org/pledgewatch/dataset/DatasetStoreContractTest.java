package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * What every {@link DatasetStore} promises, whatever keeps the versions: one subclass per store. {@link #open}
 * called again is a restart on the same data.
 */
abstract class DatasetStoreContractTest {

	static final NewVersion SEED = DamagedStoreTest.version("Belgium,BEL,2024,100,10000\n");

	static NewVersion spending(int musd) {
		return DamagedStoreTest.version("Belgium,BEL,2024," + musd + ",10000\n");
	}

	/** A store on this test's data, seeded with {@code editions}; called again, a restart. */
	abstract DatasetStore open(List<NewVersion> editions);

	DatasetStore open() {
		return open(List.of(SEED));
	}

	/** Alters a stored version's file behind the store's back, as a bad disk or a bad hand would. */
	abstract void alterFile(int version) throws Exception;

	/** The audit log's entries, oldest first, as the store keeps them. */
	abstract List<AuditEntry> audit() throws Exception;

	@Test
	void anEmptyStoreIsSeededAndTheNewestEditionIsActive() {
		DatasetStore store = open(List.of(SEED, spending(150)));
		assertThat(store.versions()).extracting(DatasetVersion::version).containsExactly(1, 2);
		assertThat(store.activeVersion()).isEqualTo(2);
		assertThat(store.find(1)).hasValueSatisfying(v -> {
			assertThat(v.rows()).isEqualTo(1);
			assertThat(v.sha256()).isEqualTo(VersionSummary.sha256(SEED.content()));
		});
	}

	@Test
	void addingStoresAVersionWithoutActivatingIt() {
		DatasetStore store = open();
		DatasetVersion added = store.add(spending(200));
		assertThat(added.version()).isEqualTo(2);
		assertThat(added.uploadedBy()).isEqualTo("editor");
		assertThat(store.activeVersion()).isEqualTo(1);
		assertThat(store.dataset(2).rows().get(0).defenceExpenditureMusd()).isEqualByComparingTo("200");
	}

	@Test
	void aDraftStaysADraftAcrossARestartUntilItIsActivated() {
		DatasetStore store = open();
		NewVersion plain = spending(200);
		DatasetVersion draft = store.add(new NewVersion(plain.filename(), plain.content(), plain.rows(),
				plain.uploadedBy(), plain.source(), true));
		assertThat(draft.storedAsDraft()).isTrue();

		DatasetStore reopened = open();
		assertThat(VersionStates.of(reopened).draft(2)).isTrue();
		assertThat(VersionStates.of(reopened).published(1)).isTrue();
		reopened.activate(2, "editor");
		assertThat(VersionStates.of(reopened).published(2)).isTrue();
	}

	@Test
	void aDiscardedDraftIsKeptAndTheDiscardAudited() throws Exception {
		DatasetStore store = open();
		NewVersion plain = spending(200);
		store.add(new NewVersion(plain.filename(), plain.content(), plain.rows(), plain.uploadedBy(), plain.source(),
				true));

		store.discard(2, "editor");

		assertThat(store.dataset(2).rows()).hasSize(1);
		assertThat(VersionStates.of(store).of(2)).isEqualTo(VersionStates.State.DISCARDED);
		assertThat(store.auditEntries()).extracting(AuditEntry::action).endsWith(AuditEntry.DISCARD);
		assertThat(audit()).extracting(AuditEntry::action, AuditEntry::version)
			.contains(org.assertj.core.groups.Tuple.tuple(AuditEntry.DISCARD, 2));
		assertThatThrownBy(() -> store.discard(9, "editor")).isInstanceOf(UnknownVersionException.class);
	}

	@Test
	void versionsAndTheActiveOneSurviveARestart() {
		DatasetStore store = open();
		store.add(spending(200));
		store.add(spending(300));
		store.activate(2, "editor");

		DatasetStore reopened = open();
		assertThat(reopened.activeVersion()).isEqualTo(2);
		assertThat(reopened.versions()).extracting(DatasetVersion::version).containsExactly(1, 2, 3);
		assertThat(reopened.find(3)).hasValueSatisfying(v -> assertThat(v).isEqualTo(store.find(3).orElseThrow()));
		assertThat(reopened.active().rows().get(0).defenceExpenditureMusd()).isEqualByComparingTo("200");
		assertThat(reopened.dataset(3).rows().get(0).defenceExpenditureMusd()).isEqualByComparingTo("300");
	}

	@Test
	void aRestartAddsOnlyTheShippedEditionsNotYetStored() {
		open();
		DatasetStore reopened = open(List.of(SEED, spending(150)));
		assertThat(reopened.versions()).extracting(DatasetVersion::version).containsExactly(1, 2);
		assertThat(reopened.activeVersion()).as("an existing store keeps its active version").isEqualTo(1);
		assertThat(open(List.of(SEED, spending(150))).versions()).hasSize(2);
	}

	@Test
	void anUnknownVersionIsRefused() {
		DatasetStore store = open();
		assertThatThrownBy(() -> store.activate(9, "editor")).isInstanceOf(UnknownVersionException.class)
			.hasMessage("There is no dataset version 9.");
		assertThatThrownBy(() -> store.dataset(9)).isInstanceOf(UnknownVersionException.class);
		assertThat(store.activeVersion()).isEqualTo(1);
		assertThat(store.find(9)).isEmpty();
		assertThat(store.find(0)).isEmpty();
	}

	@Test
	void parallelAddsGetConsecutiveNumbers() throws Exception {
		DatasetStore store = open();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<DatasetVersion>> added = IntStream.range(0, 16)
				.mapToObj(i -> pool.submit(() -> store.add(spending(i + 1))))
				.toList();
			for (Future<DatasetVersion> future : added) {
				future.get();
			}
		}
		finally {
			pool.shutdown();
		}
		List<Integer> expected = IntStream.rangeClosed(1, 17).boxed().toList();
		assertThat(open().versions()).extracting(DatasetVersion::version).containsExactlyElementsOf(expected);
		assertThat(audit()).filteredOn(e -> e.action().equals("upload"))
			.extracting(AuditEntry::version)
			.containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void uploadsAndActivationsAreAuditedWithWhoAndWhat() throws Exception {
		DatasetStore store = open();
		store.add(spending(200));
		store.activate(2, "alice");

		List<AuditEntry> entries = audit();
		assertThat(entries).extracting(AuditEntry::action)
			.containsExactly("upload", "activate", "upload", "activate");
		assertThat(entries.get(2)).satisfies(e -> {
			assertThat(e.version()).isEqualTo(2);
			assertThat(e.by()).isEqualTo("editor");
			assertThat(e.filename()).isEqualTo("v.csv");
			assertThat(e.sha256()).isEqualTo(store.find(2).orElseThrow().sha256());
		});
		assertThat(entries.get(3)).satisfies(e -> {
			assertThat(e.version()).isEqualTo(2);
			assertThat(e.by()).isEqualTo("alice");
			assertThat(e.previous()).isEqualTo(1);
		});
	}

	@Test
	void anAlteredVersionIsListedAsDamagedAndNeitherServedNorActivated() throws Exception {
		DatasetStore store = open();
		store.add(spending(200));
		alterFile(2);

		DatasetStore reopened = open();

		assertThat(reopened.damaged()).singleElement().satisfies(d -> {
			assertThat(d.version()).isEqualTo(2);
			assertThat(d.reason()).contains("does not match its recorded SHA-256");
		});
		assertThat(reopened.versions()).extracting(DatasetVersion::version).containsExactly(1);
		assertThatThrownBy(() -> reopened.dataset(2)).isInstanceOf(DamagedVersionException.class);
		assertThatThrownBy(() -> reopened.activate(2, "editor")).isInstanceOf(DamagedVersionException.class);
		assertThat(reopened.add(spending(300)).version()).as("numbered past the damaged one").isEqualTo(3);
	}

	@Test
	void aDamagedActiveVersionIsNotServed() throws Exception {
		DatasetStore store = open();
		store.add(spending(200));
		store.activate(2, "editor");
		alterFile(2);

		DatasetStore reopened = open();

		assertThat(reopened.activeVersion()).isEqualTo(1);
		assertThat(reopened.active().rows().get(0).defenceExpenditureMusd()).isEqualByComparingTo("100");
	}

	@Test
	void aVersionAlteredWhileRunningIsFoundWhenRead() throws Exception {
		open().add(spending(200));
		DatasetStore running = open();
		alterFile(2);

		assertThatThrownBy(() -> running.dataset(2)).isInstanceOf(DamagedVersionException.class)
			.hasMessageContaining("version 2 is damaged");
		assertThat(running.versions()).extracting(DatasetVersion::version).containsExactly(1);
	}

}
