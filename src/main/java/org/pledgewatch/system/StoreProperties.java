package org.pledgewatch.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where dataset versions are kept.
 *
 * @param store {@code file} (a directory on this machine, the default) or {@code postgres} (a PostgreSQL database
 * shared by several instances, {@code spring.datasource.*}); env {@code DASHBOARD_STORE}
 * @param storeDir the file store's directory ({@code dashboard.store-dir}, env {@code DASHBOARD_STORE_DIR});
 * relative paths resolve against the working directory
 */
@ConfigurationProperties("dashboard")
public record StoreProperties(@DefaultValue("file") Kind store, @DefaultValue("store") Path storeDir) {

	/** The kinds of dataset store. */
	public enum Kind {

		FILE, POSTGRES

	}

}
