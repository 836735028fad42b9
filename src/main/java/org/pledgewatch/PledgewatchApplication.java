package org.pledgewatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

// The PostgreSQL store makes its own DataSource (dataset.PostgresStoreConfiguration); the default file store needs none.
@SpringBootApplication(exclude = DataSourceAutoConfiguration.class)
@ConfigurationPropertiesScan
public class PledgewatchApplication {

	public static void main(String[] args) {
		SpringApplication.run(PledgewatchApplication.class, args);
	}

}
