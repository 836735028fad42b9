package org.pledgewatch.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class RecentTargetsTest {

	final RecentTargets<String> kept = new RecentTargets<>(2);

	final AtomicInteger computed = new AtomicInteger();

	String compute(Target target) {
		computed.incrementAndGet();
		return "at " + target.pctValue();
	}

	@Test
	void aTargetIsComputedOnceWhileItIsAmongTheLastFewAskedFor() {
		String two = kept.get(Target.valueOf("2"), this::compute);
		assertThat(kept.get(Target.valueOf("2.0"), this::compute)).isSameAs(two);
		kept.get(Target.valueOf("3.5"), this::compute);
		kept.get(Target.valueOf("2"), this::compute);
		assertThat(computed).hasValue(2);
		kept.get(Target.valueOf("5"), this::compute); // 3.5 was asked for least recently: it goes
		kept.get(Target.valueOf("2"), this::compute);
		assertThat(computed).hasValue(3);
		kept.get(Target.valueOf("3.5"), this::compute);
		assertThat(computed).hasValue(4);
	}

	@Test
	void aSlowNewTargetDoesNotHoldUpReadersOfAKeptOne() throws Exception {
		kept.get(Target.valueOf("2"), this::compute);
		CountDownLatch computing = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> kept.get(Target.valueOf("4"), t -> {
			computing.countDown();
			try {
				release.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return "slow";
		}));
		assertThat(computing.await(10, TimeUnit.SECONDS)).isTrue();
		CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> kept.get(Target.valueOf("2"), this::compute));
		assertThat(reader.get(2, TimeUnit.SECONDS)).isEqualTo("at 2.0");
		release.countDown();
		assertThat(slow.get(10, TimeUnit.SECONDS)).isEqualTo("slow");
	}

	@Test
	void aComputationThatFailsKeepsNothing() {
		try {
			kept.get(Target.valueOf("2"), t -> {
				throw new IllegalStateException("stopped");
			});
		}
		catch (IllegalStateException expected) {
			// as a stopped request's computation would
		}
		assertThat(kept.get(Target.valueOf("2"), this::compute)).isEqualTo("at 2.0");
		assertThat(computed).hasValue(1);
	}

}
