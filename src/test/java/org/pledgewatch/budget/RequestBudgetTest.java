package org.pledgewatch.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RequestBudgetTest {

	/** A clock the test moves by hand; starts away from zero so no code can rely on a zero origin. */
	final AtomicLong nanos = new AtomicLong(-5_000_000_000L);

	RequestBudget budget(Duration limit, ClientConnection connection) {
		return new RequestBudget(limit, connection, nanos::get);
	}

	void advance(Duration by) {
		nanos.addAndGet(by.toNanos());
	}

	@Nested
	class TimeLimit {

		@Test
		void workGoesOnUntilTheLimitAndStopsWhenItIsReached() {
			RequestBudget budget = budget(Duration.ofSeconds(30), ClientConnection.UNKNOWN);
			advance(Duration.ofSeconds(30).minusNanos(1));
			assertThatCode(budget::checkNow).doesNotThrowAnyException();
			assertThat(budget.stopped()).isNull();
			advance(Duration.ofNanos(1));
			assertThatThrownBy(budget::checkNow).isInstanceOfSatisfying(WorkStoppedException.class, stopped -> {
				assertThat(stopped.reason()).isEqualTo(WorkStoppedException.Reason.TIME_LIMIT);
				assertThat(stopped.getMessage()).contains("30 s").contains("nothing was changed");
				assertThat(stopped.getCodes()).containsExactly("error.timeLimit");
				assertThat(stopped.getArguments()).containsExactly(new java.math.BigDecimal("30"));
				// What a reader is told where no translation is found: the same sentence.
				assertThat(stopped.getDefaultMessage()).isEqualTo(stopped.getMessage());
			});
			assertThat(budget.stopped()).isNotNull();
		}

		@Test
		void zeroMeansNoLimit() {
			RequestBudget budget = budget(Duration.ZERO, ClientConnection.UNKNOWN);
			advance(Duration.ofDays(400));
			assertThatCode(budget::checkNow).doesNotThrowAnyException();
		}

		@Test
		void aLimitBelowASecondIsToldExactly() {
			// It was told as "(1 s)": a reader could not tell 150 ms from a second.
			RequestBudget budget = budget(Duration.ofMillis(150), ClientConnection.UNKNOWN);
			advance(Duration.ofSeconds(1));
			assertThatThrownBy(budget::checkNow).hasMessageContaining("(0.15 s)");
		}

	}

	@Nested
	class ClientGone {

		@Test
		void theConnectionIsAskedAtMostEveryFiftyMilliseconds() {
			AtomicInteger asked = new AtomicInteger();
			RequestBudget budget = budget(Duration.ofSeconds(30), () -> {
				asked.incrementAndGet();
				return false;
			});
			for (int i = 0; i < 1000; i++) {
				budget.checkNow();
			}
			assertThat(asked).hasValue(0);
			advance(Duration.ofMillis(50));
			budget.checkNow();
			budget.checkNow();
			assertThat(asked).hasValue(1);
			advance(Duration.ofMillis(49));
			budget.checkNow();
			assertThat(asked).hasValue(1);
			advance(Duration.ofMillis(1));
			budget.checkNow();
			assertThat(asked).hasValue(2);
		}

		@Test
		void workStopsAtTheFirstAskAfterTheClientLeft() {
			AtomicBoolean gone = new AtomicBoolean();
			RequestBudget budget = budget(Duration.ZERO, gone::get);
			advance(Duration.ofMillis(60));
			budget.checkNow();
			gone.set(true);
			advance(Duration.ofMillis(60));
			assertThatThrownBy(budget::checkNow).isInstanceOfSatisfying(WorkStoppedException.class,
					stopped -> assertThat(stopped.reason()).isEqualTo(WorkStoppedException.Reason.CLIENT_GONE));
			assertThat(budget.stopped().reason()).isEqualTo(WorkStoppedException.Reason.CLIENT_GONE);
		}

	}

	@Nested
	class Binding {

		@Test
		void checkDoesNothingOutsideARequest() {
			assertThat(RequestBudget.current()).isNull();
			assertThatCode(RequestBudget::check).doesNotThrowAnyException();
		}

		@Test
		void checkStopsTheBoundRequestAndUnbindingRestoresTheOuterOne() {
			RequestBudget outer = budget(Duration.ZERO, ClientConnection.UNKNOWN);
			RequestBudget spent = budget(Duration.ofMillis(1), ClientConnection.UNKNOWN);
			advance(Duration.ofMillis(1));
			try (RequestBudget.Scope a = RequestBudget.bind(outer)) {
				try (RequestBudget.Scope b = RequestBudget.bind(spent)) {
					assertThat(RequestBudget.current()).isSameAs(spent);
					assertThatThrownBy(RequestBudget::check).isInstanceOf(WorkStoppedException.class);
				}
				assertThat(RequestBudget.current()).isSameAs(outer);
				assertThatCode(RequestBudget::check).doesNotThrowAnyException();
			}
			assertThat(RequestBudget.current()).isNull();
		}

		@Test
		void anotherThreadDoesNotSeeTheBudget() throws InterruptedException {
			RequestBudget spent = budget(Duration.ofMillis(1), ClientConnection.UNKNOWN);
			advance(Duration.ofSeconds(1));
			AtomicBoolean seen = new AtomicBoolean(true);
			try (RequestBudget.Scope scope = RequestBudget.bind(spent)) {
				Thread other = new Thread(() -> seen.set(RequestBudget.current() != null));
				other.start();
				other.join();
			}
			assertThat(seen).isFalse();
		}

	}

	@Nested
	class BreakingOff {

		/** A connection that counts the times it was broken off. */
		static final class CountingConnection implements ClientConnection {

			int brokenOff;

			@Override
			public boolean gone() {
				return false;
			}

			@Override
			public void breakOff() {
				brokenOff++;
			}

		}

		@Test
		void theBoundRequestsConnectionIsBrokenOff() {
			CountingConnection connection = new CountingConnection();
			try (RequestBudget.Scope scope = RequestBudget.bind(budget(Duration.ZERO, connection))) {
				RequestBudget.breakOffConnection();
			}
			assertThat(connection.brokenOff).isEqualTo(1);
		}

		@Test
		void outsideARequestNothingIsBrokenOff() {
			CountingConnection connection = new CountingConnection();
			budget(Duration.ZERO, connection);
			assertThatCode(RequestBudget::breakOffConnection).doesNotThrowAnyException();
			assertThat(connection.brokenOff).isZero();
			assertThatCode(ClientConnection.UNKNOWN::breakOff).doesNotThrowAnyException();
		}

	}

}
