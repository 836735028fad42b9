package org.pledgewatch.dashboard;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.ComplianceModel;

/**
 * What a page computes from one model, kept for the next reader of the same model: at most {@code capacity} values,
 * least recently used dropped first. Values belong to the model instance they were computed from, so the moment
 * another version is active (a new model) none of them is served again, and a request still reading the old model
 * never gets the new one's.
 */
public final class PerModelCache<K, V> {

	private final int capacity;

	private volatile Entries<K, V> entries;

	public PerModelCache(int capacity) {
		this.capacity = capacity;
		this.entries = new Entries<>(null, capacity);
	}

	public V get(ComplianceModel model, K key, Supplier<V> compute) {
		Entries<K, V> current = entries;
		if (current.model != model) {
			current = new Entries<>(model, capacity);
			entries = current;
		}
		synchronized (current) {
			V known = current.values.get(key);
			if (known != null) {
				return known;
			}
		}
		V computed = compute.get();
		synchronized (current) {
			current.values.putIfAbsent(key, computed);
		}
		return computed;
	}

	private static final class Entries<K, V> {

		private final @Nullable Object model;

		private final Map<K, V> values;

		Entries(@Nullable Object model, int capacity) {
			this.model = model;
			this.values = new LinkedHashMap<>(16, 0.75f, true) {
				@Override
				protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
					return size() > capacity;
				}
			};
		}

	}

}
