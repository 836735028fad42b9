package org.pledgewatch.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.pledgewatch.ServerOnTempStore;
import org.pledgewatch.dataset.DatasetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * A long file name on a small file, over real HTTP through Tomcat's multipart parser: it was answered "larger than
 * the upload limit of 10 MB" (the part's headers were over Tomcat's 512 bytes); it gets its own answer now.
 */
class LongFileNameIT extends ServerOnTempStore {

	@Autowired
	DatasetStore store;

	private ResponseEntity<String> upload(String filename) {
		return new StoreHttp(httpClient()).upload(filename,
				UploadSizeLimitIT.fileOf(200),
				Map.of("source", "NATO, Defence Expenditure of NATO Countries (2014-2024), 17 June 2024", "publish",
						"false"),
				true);
	}

	@Test
	void aThreeThousandCharacterFileNameIsRefusedForItsLengthNotItsSize() {
		int before = store.versions().size();

		ResponseEntity<String> answer = upload("b".repeat(3000) + ".csv");

		assertThat(answer.getStatusCode().value()).isEqualTo(400);
		assertThat(answer.getBody()).contains("The file name is 3004 characters long; at most 255")
			.doesNotContain("upload limit");
		assertThat(store.versions()).hasSize(before);
	}

	@Test
	void aFileNameOf255CharactersIsAccepted() {
		ResponseEntity<String> answer = upload("b".repeat(251) + ".csv");

		assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
	}

}
