package org.pledgewatch.system;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where dataset versions are kept ({@code dashboard.store-dir}, env {@code DASHBOARD_STORE_DIR}).
 *
 * @param storeDir the store directory; relative paths resolve against the working directory
 */
@ConfigurationProperties("dashboard")
public record StoreProperties(@DefaultValue("store") Path storeDir) {
}
