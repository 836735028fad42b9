package org.pledgewatch.dataset;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.pledgewatch.system.PostgresStoreProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The PostgreSQL store ({@code dashboard.store=postgres}) at {@code spring.datasource.url}, and the watcher that
 * keeps this instance in step with the others. Only this configuration creates a {@link DataSource}: the
 * application excludes Spring Boot's, so the default file store needs no database at all.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "dashboard.store", havingValue = "postgres")
@EnableConfigurationProperties(DataSourceProperties.class)
class PostgresStoreConfiguration {

	/** The pool for reads and writes; {@code spring.datasource.hikari.*} tunes it. */
	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(DataSourceProperties properties) {
		HikariDataSource pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		pool.setPoolName("pledgewatch");
		// Start without the database (the store waits for it), and answer quickly when it is gone.
		pool.setInitializationFailTimeout(-1);
		pool.setConnectionTimeout(3000);
		return pool;
	}

	@Bean
	PostgresDatasetStore datasetStore(DataSource dataSource, PostgresStoreProperties properties) {
		return PostgresDatasetStore.open(dataSource, ShippedDataset.editions(), properties.importFrom(),
				properties.retryInterval());
	}

	@Bean
	DatabaseWatcher databaseWatcher(PostgresDatasetStore store, DatasetEditor editor,
			DataSourceProperties dataSource, PostgresStoreProperties properties) {
		DataSource listening = dataSource.initializeDataSourceBuilder().type(SimpleDriverDataSource.class).build();
		return new DatabaseWatcher(store, listening, () -> editor.follow(store::refresh),
				properties.checkInterval(), properties.retryInterval());
	}

}
