package org.pledgewatch;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PledgewatchApplication {

	public static void main(String[] args) {
		SpringApplication.run(PledgewatchApplication.class, args);
	}

}
