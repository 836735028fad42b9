package org.pledgewatch.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetActivated;
import org.pledgewatch.dataset.DatasetStored;
import org.springframework.context.event.EventListener;

/**
 * Answers already rendered for anonymous readers, by everything they depend on (see {@link RenderedAnswerFilter}):
 * a page is rendered once per dataset version, address and language, then served as bytes. Bounded by total size,
 * least recently used dropped first; emptied whenever a version is stored or activated, so nothing outlives the
 * version list or the active version it was rendered from.
 */
final class RenderedAnswers {

	/** An answer as it was sent: status 200, the headers that describe its body, and the body. */
	record RenderedAnswer(String contentType, List<Map.Entry<String, String>> headers, byte[] body) {
	}

	private final long maxBytes;

	private long bytes;

	private final LinkedHashMap<String, RenderedAnswer> answers = new LinkedHashMap<>(64, 0.75f, true);

	RenderedAnswers(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	synchronized @Nullable RenderedAnswer get(String key) {
		return answers.get(key);
	}

	/** The largest body kept: a sixteenth of the total, so one answer never empties the rest. */
	int largestKept() {
		return (int) Math.min(Integer.MAX_VALUE - 8, maxBytes / 16);
	}

	synchronized void put(String key, RenderedAnswer answer) {
		if (answer.body().length > largestKept()) {
			return;
		}
		RenderedAnswer replaced = answers.put(key, answer);
		bytes += answer.body().length - (replaced == null ? 0 : replaced.body().length);
		var eldest = answers.entrySet().iterator();
		while (bytes > maxBytes && eldest.hasNext()) {
			bytes -= eldest.next().getValue().body().length;
			eldest.remove();
		}
	}

	synchronized int size() {
		return answers.size();
	}

	@EventListener(DatasetStored.class)
	void onStored() {
		clear();
	}

	@EventListener(DatasetActivated.class)
	void onActivated() {
		clear();
	}

	synchronized void clear() {
		answers.clear();
		bytes = 0;
	}

}
