package org.pledgewatch.upload;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** The editor's and a reader's requests against a running server, answers kept whatever their status. */
record StoreHttp(RestClient http) {

	static StoreHttp on(int port) {
		return new StoreHttp(RestClient.builder()
			.baseUrl("http://localhost:" + port)
			.defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
			})
			.build());
	}

	ResponseEntity<String> get(String path) {
		return http.get().uri(path).retrieve().toEntity(String.class);
	}

	ResponseEntity<String> activate(int version) {
		return http.post()
			.uri("/api/datasets/" + version + "/activate")
			.headers(h -> h.setBasicAuth("editor", "s3cret"))
			.retrieve()
			.toEntity(String.class);
	}

	ResponseEntity<String> upload(byte[] content) {
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return "upload.csv";
			}
		});
		form.add("source", "NATO, test upload");
		return http.post()
			.uri("/api/datasets")
			.headers(h -> h.setBasicAuth("editor", "s3cret"))
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.retrieve()
			.toEntity(String.class);
	}

}
