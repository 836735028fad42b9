package org.pledgewatch.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.dataset.DatasetActivated;
import org.pledgewatch.dataset.ShippedDataset;
import org.pledgewatch.system.DashboardProperties;

class PerModelCacheTest {

	private static final ComplianceService compliance = new ComplianceService(() -> ShippedDataset.dataset(1),
			ShippedDataset.accessions(), new DashboardProperties(new java.math.BigDecimal("2.0"), "BEL"));

	private static final ComplianceModel VERSION_1 = compliance.model();

	private static final ComplianceModel VERSION_2;

	static {
		compliance.onDatasetActivated(new DatasetActivated(ShippedDataset.dataset(2)));
		VERSION_2 = compliance.model();
	}

	private final PerModelCache<String, String> cache = new PerModelCache<>(2);

	private final AtomicInteger computed = new AtomicInteger();

	private String get(ComplianceModel model, String key) {
		return cache.get(model, key, () -> "v" + model.version() + " " + key + " #" + computed.incrementAndGet());
	}

	@Test
	void theSameModelAndKeyIsComputedOnce() {
		assertThat(get(VERSION_1, "2024 en")).isEqualTo("v1 2024 en #1");
		assertThat(get(VERSION_1, "2024 en")).isEqualTo("v1 2024 en #1");
		assertThat(get(VERSION_1, "2024 nl")).isEqualTo("v1 2024 nl #2");
	}

	@Test
	void anotherVersionNeverGetsTheValuesOfTheFirst() {
		get(VERSION_1, "2024 en");
		assertThat(get(VERSION_2, "2024 en")).isEqualTo("v2 2024 en #2");
		// A request that still reads version 1 gets version 1's figures, computed again, never version 2's.
		assertThat(get(VERSION_1, "2024 en")).startsWith("v1 ");
	}

	@Test
	void theLeastRecentlyUsedIsDroppedBeyondTheCapacity() {
		get(VERSION_1, "a");
		get(VERSION_1, "b");
		get(VERSION_1, "a");
		get(VERSION_1, "c");
		assertThat(get(VERSION_1, "a")).isEqualTo("v1 a #1");
		assertThat(get(VERSION_1, "b")).isEqualTo("v1 b #4");
	}

}
