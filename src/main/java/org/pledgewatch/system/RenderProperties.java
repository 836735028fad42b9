package org.pledgewatch.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many expensive answers (chart images, PDFs, spreadsheets, the map, pages not already kept) are drawn at once
 * ({@code dashboard.render.*}). Beyond that a request waits a little for its turn, then answers 503 with
 * {@code Retry-After}: a crowd of readers gets "try again" rather than an exhausted heap that stops the server.
 *
 * @param maxConcurrent answers drawn at once; 0 (the default) sizes it from the heap and the processors: one per
 * 96 MB of {@code -Xmx} but no more than the processors (drawing is CPU-bound: more at once only adds memory and
 * slows every other answer), at least 1 (2 at {@code -Xmx256m}, 10 at {@code -Xmx1g} with 16 processors)
 * @param queueWait how long a request waits for its turn before it answers 503
 */
@ConfigurationProperties("dashboard.render")
public record RenderProperties(@DefaultValue("0") int maxConcurrent, @DefaultValue("1s") Duration queueWait) {

	/** The heap one drawing is allowed: a chart image at twice its size, a page of a large version, a PDF. */
	static final long HEAP_PER_RENDER = 96L * 1024 * 1024;

	public RenderProperties {
		if (maxConcurrent < 0) {
			throw new IllegalArgumentException("dashboard.render.max-concurrent must not be negative (0: from the heap)");
		}
		if (queueWait.isNegative()) {
			throw new IllegalArgumentException("dashboard.render.queue-wait must not be negative");
		}
	}

	/** The answers drawn at once on a heap of this many bytes with this many processors. */
	public int permits(long maxHeapBytes, int processors) {
		if (maxConcurrent > 0) {
			return maxConcurrent;
		}
		return (int) Math.max(1, Math.min(processors, maxHeapBytes / HEAP_PER_RENDER));
	}

}
