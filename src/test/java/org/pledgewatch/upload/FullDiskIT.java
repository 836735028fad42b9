package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pledgewatch.ServerOnTempStore;
import org.pledgewatch.dataset.FaultyFiles;
import org.pledgewatch.dataset.FaultyFiles.Fault;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;

/** A full disk, simulated under the running store: 507 and nothing changed, or the truth about what was stored. */
@Import(FullDiskIT.Disk.class)
class FullDiskIT extends ServerOnTempStore {

	/** Imported, not annotated: the upload package's MVC slices scan it and must not pick this disk up. */
	static class Disk {

		@Bean
		FaultyFiles faultyFiles() {
			return new FaultyFiles();
		}

	}

	@Autowired
	FaultyFiles disk;

	StoreHttp http;

	@BeforeEach
	void client() {
		http = StoreHttp.on(port);
		http.activate(2);
	}

	@AfterEach
	void freeSpace() {
		disk.heal();
	}

	private byte[] edition() {
		return http.get("/datasets/2.csv").getBody().getBytes(StandardCharsets.UTF_8);
	}

	private String versions() {
		return http.get("/api/datasets").getBody();
	}

	@Test
	void anUploadOnAFullDiskAnswers507AndChangesNothing() {
		byte[] csv = edition();
		String before = versions();
		disk.fail(Fault.DISK_FULL, "source.csv");

		ResponseEntity<String> answer = http.upload(csv);

		assertThat(answer.getStatusCode().value()).isEqualTo(507);
		assertThat(answer.getBody()).isEqualTo("{\"error\":\"The server has no room to store this version; "
				+ "nothing was changed.\",\"status\":507}");
		assertThat(versions()).isEqualTo(before);
		disk.heal();
		assertThat(http.upload(csv).getStatusCode().value()).as("once there is room, without a restart")
			.isEqualTo(201);
	}

	@Test
	void anUploadStoredButNotActivatedSaysSo() {
		byte[] csv = edition();
		disk.fail(Fault.DISK_FULL, "active");

		ResponseEntity<String> answer = http.upload(csv);

		assertThat(answer.getStatusCode().value()).isEqualTo(507);
		String stored = answer.getBody().replaceFirst(".*\"version\":(\\d+).*", "$1");
		assertThat(answer.getBody()).contains("was stored but could not be made active",
				"\"stored\":true,\"active\":false", "\"activate\":\"/api/datasets/" + stored + "/activate\"");
		assertThat(versions()).contains("{\"version\":" + stored + ",\"active\":false")
			.contains("\"version\":2,\"active\":true");
		disk.heal();
		assertThat(http.activate(Integer.parseInt(stored)).getStatusCode().value()).isEqualTo(200);
	}

	@Test
	void anActivationOnAFullDiskAnswers507AndEverythingStillAgrees() {
		disk.fail(Fault.DISK_FULL, "audit.jsonl");

		ResponseEntity<String> answer = http.activate(1);

		assertThat(answer.getStatusCode().value()).isEqualTo(507);
		assertThat(answer.getBody()).contains("nothing was changed, version 2 is still active");
		assertThat(versions()).contains("\"version\":2,\"active\":true");
		assertThat(http.get("/api/summary").getBody()).contains("\"version\":2");
	}

}
