package org.pledgewatch.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** What is kept per version: the few used last, each computed once while kept. */
class RecentVersionsTest {

	private final List<Integer> computed = new ArrayList<>();

	private final RecentVersions<String> recent = new RecentVersions<>(2);

	private String get(int version) {
		return recent.get(version, v -> {
			computed.add(v);
			return "model " + v;
		});
	}

	@Test
	void aKeptVersionIsNotComputedAgain() {
		assertThat(get(1)).isEqualTo("model 1");
		assertThat(get(1)).isEqualTo("model 1");

		assertThat(computed).containsExactly(1);
		assertThat(recent.computed()).isEqualTo(1);
	}

	@Test
	void theLeastRecentlyUsedIsDroppedBeyondTheCapacity() {
		get(1);
		get(2);
		get(1);
		get(3);

		assertThat(recent.size()).isEqualTo(2);
		get(1);
		assertThat(computed).as("1 was used after 2, so 2 was dropped").containsExactly(1, 2, 3);
		get(2);
		assertThat(computed).containsExactly(1, 2, 3, 2);
		assertThat(recent.computed()).isEqualTo(4);
	}

	@Test
	void putAndRemoveChangeWhatIsKept() {
		recent.put(7, "given");
		assertThat(get(7)).isEqualTo("given");
		recent.remove(7);
		assertThat(get(7)).isEqualTo("model 7");
		assertThat(computed).containsExactly(7);
	}

}
