package org.pledgewatch.system;

import java.nio.file.Path;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The PostgreSQL store ({@code dashboard.store=postgres}); the connection itself is {@code spring.datasource.*}.
 *
 * @param checkInterval how often the active version is read even without a notification (the fallback for a
 * missed one)
 * @param retryInterval how long to wait before trying an unreachable database again
 * @param importFrom a file store directory to import at start-up (every version, the active pointer and the audit
 * log); versions already in the database with the same number and SHA-256 are skipped, so it can stay set
 */
@ConfigurationProperties("dashboard.postgres")
public record PostgresStoreProperties(@DefaultValue("1s") Duration checkInterval,
		@DefaultValue("2s") Duration retryInterval, @Nullable Path importFrom) {
}
