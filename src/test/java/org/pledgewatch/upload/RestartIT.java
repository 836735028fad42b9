package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pledgewatch.PledgewatchApplication;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.dataset.DatasetCsvWriter;
import org.pledgewatch.dataset.DatasetEditor;
import org.pledgewatch.dataset.DatasetStore;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The active version is the store's, not the process's: it survives a restart of the application. */
class RestartIT {

	@TempDir
	Path storeDir;

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(PledgewatchApplication.class)
			.run("--server.port=0", "--dashboard.store-dir=" + storeDir, "--dashboard.admin.password=s3cret",
					"--spring.main.banner-mode=off");
	}

	@Test
	void aRestartKeepsTheActiveVersion() {
		int uploaded;
		try (ConfigurableApplicationContext app = start()) {
			DatasetStore store = app.getBean(DatasetStore.class);
			assertThat(store.activeVersion()).as("the newest shipped edition").isEqualTo(2);
			String csv = new String(currentCsv(app), StandardCharsets.UTF_8).replaceFirst("(?m)^(Belgium,BEL,2024,,,)[^,]*,", "$1" + "1.31,");
			DatasetEditor editor = app.getBean(DatasetEditor.class);
			uploaded = editor.upload("a.csv", csv.getBytes(StandardCharsets.UTF_8), "editor").version().version();
			editor.upload("b.csv", currentCsv(app), "editor");
			editor.activate(uploaded, "editor");
		}

		try (ConfigurableApplicationContext app = start()) {
			assertThat(app.getBean(DatasetStore.class).activeVersion()).isEqualTo(uploaded);
			assertThat(app.getBean(DatasetStore.class).versions()).hasSize(4);
			assertThat(app.getBean(ComplianceService.class).model().version()).isEqualTo(uploaded);
		}
	}

	private static byte[] currentCsv(ConfigurableApplicationContext app) {
		StringWriter out = new StringWriter();
		new DatasetCsvWriter().write(app.getBean(DatasetStore.class).active(), out);
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
