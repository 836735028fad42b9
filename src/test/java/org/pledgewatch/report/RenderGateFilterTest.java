package org.pledgewatch.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.pledgewatch.system.ErrorPages;
import org.pledgewatch.system.RenderProperties;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.i18n.FixedLocaleResolver;

/** At most this many drawings at once; the next waits a little, then is told in its language to come back. */
class RenderGateFilterTest {

	final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

	{
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setAlwaysUseMessageFormat(true);
		messages.setFallbackToSystemLocale(false);
	}

	RenderGateFilter gate(int turns, Locale locale) {
		return new RenderGateFilter(List.of("/charts/**", "/"), turns, Duration.ofMillis(100), messages,
				new FixedLocaleResolver(locale));
	}

	@Test
	void aDrawingBeyondTheTurnsAnswers503WithRetryAfterInTheReadersLanguage() throws Exception {
		RenderGateFilter gate = gate(1, Locale.forLanguageTag("nl"));
		CountDownLatch drawing = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		Thread first = new Thread(() -> {
			try {
				gate.doFilter(new MockHttpServletRequest("GET", "/charts/shares.png"), new MockHttpServletResponse(),
						(request, response) -> {
							drawing.countDown();
							try {
								done.await(10, TimeUnit.SECONDS);
							}
							catch (InterruptedException ex) {
								Thread.currentThread().interrupt();
							}
						});
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
		first.start();
		assertThat(drawing.await(10, TimeUnit.SECONDS)).isTrue();

		MockHttpServletRequest second = new MockHttpServletRequest("GET", "/charts/shares.png");
		MockHttpServletResponse busy = new MockHttpServletResponse();
		gate.doFilter(second, busy, (request, response) -> {
			throw new AssertionError("drawn beyond the turns");
		});
		assertThat(busy.getStatus()).isEqualTo(503);
		assertThat(busy.getHeader("Retry-After")).isEqualTo("5");
		assertThat(second.getAttribute(ErrorPages.DETAIL_ATTRIBUTE))
			.isEqualTo("Er worden op dit moment veel grafieken, bestanden en pagina’s gemaakt, daarom is dit antwoord "
					+ "niet gemaakt. Probeer het over 5 seconden opnieuw.");

		done.countDown();
		first.join(10_000);
		assertThat(gate.freeTurns()).isEqualTo(1);
		MockHttpServletResponse afterwards = new MockHttpServletResponse();
		gate.doFilter(new MockHttpServletRequest("GET", "/charts/shares.png"), afterwards,
				(request, response) -> ((jakarta.servlet.http.HttpServletResponse) response).setStatus(200));
		assertThat(afterwards.getStatus()).isEqualTo(200);
	}

	@Test
	void aFailedDrawingGivesItsTurnBack() throws Exception {
		RenderGateFilter gate = gate(1, Locale.ENGLISH);
		try {
			gate.doFilter(new MockHttpServletRequest("GET", "/"), new MockHttpServletResponse(),
					(request, response) -> {
						throw new IllegalStateException("drawing failed");
					});
		}
		catch (IllegalStateException expected) {
			// as the chain threw
		}
		assertThat(gate.freeTurns()).isEqualTo(1);
	}

	@Test
	void writesAndOtherPathsNeedNoTurn() throws Exception {
		RenderGateFilter gate = gate(1, Locale.ENGLISH);
		MockHttpServletRequest post = new MockHttpServletRequest("POST", "/charts/shares.png");
		MockHttpServletRequest other = new MockHttpServletRequest("GET", "/datasets/current.csv");
		for (MockHttpServletRequest request : List.of(post, other)) {
			gate.doFilter(request, new MockHttpServletResponse(),
					(req, res) -> assertThat(gate.freeTurns()).as(request.getRequestURI()).isEqualTo(1));
		}
	}

	@Test
	void theTurnsFollowTheHeapUnlessConfigured() {
		RenderProperties fromHeap = new RenderProperties(0, Duration.ofSeconds(1));
		assertThat(fromHeap.permits(256L << 20, 16)).isEqualTo(2);
		assertThat(fromHeap.permits(1L << 30, 16)).isEqualTo(10);
		assertThat(fromHeap.permits(1L << 30, 2)).as("no more than the processors").isEqualTo(2);
		assertThat(fromHeap.permits(32L << 20, 16)).as("at least one").isEqualTo(1);
		assertThat(new RenderProperties(3, Duration.ofSeconds(1)).permits(1L << 30, 2)).isEqualTo(3);
	}

}
