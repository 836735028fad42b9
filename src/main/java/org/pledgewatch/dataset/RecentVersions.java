package org.pledgewatch.dataset;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * What was computed for the few versions used most recently, never one per stored version: versions can be large
 * and many, and anyone can ask for any of them. Computations run one at a time, so concurrent requests cannot hold
 * more than one uncached value in memory at once.
 *
 * @param <V> what is computed per version
 */
public final class RecentVersions<V> {

	private final Map<Integer, V> entries;

	private int computed;

	public RecentVersions(int capacity) {
		this.entries = new LinkedHashMap<>(capacity + 1, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<Integer, V> eldest) {
				return size() > capacity;
			}
		};
	}

	/** The value for a version, computed now unless it is among the recent ones. */
	public synchronized V get(int version, IntFunction<V> compute) {
		V value = entries.get(version);
		if (value == null) {
			value = compute.apply(version);
			computed++;
			entries.put(version, value);
		}
		return value;
	}

	/** The value for a version if it is among the recent ones; computes nothing. */
	public synchronized @org.jspecify.annotations.Nullable V find(int version) {
		return entries.get(version);
	}

	public synchronized void put(int version, V value) {
		entries.put(version, value);
	}

	public synchronized void remove(int version) {
		entries.remove(version);
	}

	/** How many values are held now; at most the capacity. */
	public synchronized int size() {
		return entries.size();
	}

	/** How many values were computed since start. */
	public synchronized int computed() {
		return computed;
	}

}
