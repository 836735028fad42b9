package org.pledgewatch.system;

import java.util.Optional;

import org.pledgewatch.dataset.DatasetStore;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * The dataset store's state in {@code /actuator/health} (component {@code store}), for a load balancer: {@code UP}
 * when it takes uploads and activations, {@code READ_ONLY} (still HTTP 200: the pages and API serve the version
 * loaded last) when it cannot be written or its database cannot be reached.
 */
@Component
class StoreHealthIndicator implements HealthIndicator {

	/** Serving, but refusing changes. */
	static final Status READ_ONLY = new Status("READ_ONLY", "serving the version loaded last; changes are refused");

	private final DatasetStore store;

	private final StoreProperties properties;

	StoreHealthIndicator(DatasetStore store, StoreProperties properties) {
		this.store = store;
		this.properties = properties;
	}

	@Override
	public Health health() {
		Optional<String> notWritable = store.notWritable();
		Health.Builder health = notWritable.isPresent() ? Health.status(READ_ONLY) : Health.up();
		health.withDetail("store", properties.store().name().toLowerCase(java.util.Locale.ROOT))
			.withDetail("activeVersion", store.activeVersion());
		notWritable.ifPresent(reason -> health.withDetail("reason", reason));
		return health.build();
	}

}
