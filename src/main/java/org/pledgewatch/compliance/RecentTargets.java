package org.pledgewatch.compliance;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * What a model computed for the last few targets asked for (the 2035 paths, the trend): anyone may ask for any
 * target, so only a few are kept. Computed outside the lock, so a request computing a new target (seconds with
 * thousands of allies) does not hold up readers of the others; two requests for the same new target may both compute
 * it, and the first to finish is kept.
 */
final class RecentTargets<T> {

	private final int kept;

	private final LinkedHashMap<Target, T> answers;

	RecentTargets(int kept) {
		this.kept = kept;
		this.answers = new LinkedHashMap<>(16, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Target, T> eldest) {
				return size() > RecentTargets.this.kept;
			}
		};
	}

	T get(Target target, Function<Target, T> compute) {
		synchronized (answers) {
			T known = answers.get(target);
			if (known != null) {
				return known;
			}
		}
		T computed = compute.apply(target);
		synchronized (answers) {
			T raced = answers.putIfAbsent(target, computed);
			return raced == null ? computed : raced;
		}
	}

}
