package org.pledgewatch.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.pledgewatch.budget.ClientConnection;
import org.pledgewatch.budget.RequestBudget;
import org.pledgewatch.budget.WorkStoppedException;
import org.pledgewatch.dataset.Dataset;
import org.pledgewatch.dataset.ShippedDataset;
import org.pledgewatch.system.DashboardProperties;

/**
 * A request waiting for a version's model stops at its time limit, as its other work does; the model is computed
 * to the end all the same, once, for the requests after it.
 */
class ModelWithinTimeLimitTest {

	private final ComplianceService compliance = new ComplianceService(() -> ShippedDataset.dataset(1),
			ShippedDataset.accessions(), new DashboardProperties(new BigDecimal("2.0"), "BEL"));

	@Test
	void aSlowModelStopsTheWaitingRequestWithinTwiceItsLimitAndIsKeptForTheNext() {
		AtomicInteger reads = new AtomicInteger();
		java.util.function.Supplier<Dataset> slowVersion = () -> {
			reads.incrementAndGet();
			sleep(3_000);
			return ShippedDataset.dataset(2);
		};
		compliance.afterSingletonsInstantiated(); // the active model, computed at start, is not what is timed
		Duration limit = Duration.ofMillis(500);
		long start = System.nanoTime();
		try (RequestBudget.Scope scope = RequestBudget
			.bind(new RequestBudget(limit, ClientConnection.UNKNOWN, System::nanoTime))) {
			assertThatThrownBy(() -> compliance.model(2, slowVersion)).isInstanceOf(WorkStoppedException.class)
				.hasMessageContaining("(0.5 s)");
		}
		long waitedMs = (System.nanoTime() - start) / 1_000_000;
		assertThat(waitedMs).as("ms waited at a 500 ms limit").isLessThan(2 * limit.toMillis());

		// The next request (no limit here) gets the whole model, computed once.
		ComplianceModel model = compliance.model(2, slowVersion);
		assertThat(model.version()).isEqualTo(2);
		assertThat(compliance.model(2, slowVersion)).isSameAs(model);
		assertThat(reads.get()).isEqualTo(1);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
