package org.pledgewatch.upload;

import java.util.Map;

import org.pledgewatch.ServerOnTempStore;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** The editor's and a reader's requests against a running server, answers kept whatever their status. */
record StoreHttp(RestClient http) {

	static StoreHttp on(int port) {
		return new StoreHttp(ServerOnTempStore.httpClient(port));
	}

	ResponseEntity<String> get(String path) {
		return http.get().uri(path).retrieve().toEntity(String.class);
	}

	ResponseEntity<String> activate(int version) {
		return http.post()
			.uri("/api/datasets/" + version + "/activate")
			.headers(h -> h.setBasicAuth(ServerOnTempStore.EDITOR, ServerOnTempStore.PASSWORD))
			.retrieve()
			.toEntity(String.class);
	}

	ResponseEntity<String> upload(byte[] content) {
		return upload("upload.csv", content, Map.of("source", "NATO, test upload"), true);
	}

	/** A multipart upload as the API takes it: the file, the form fields, the editor's credentials or none. */
	ResponseEntity<String> upload(String filename, byte[] content, Map<String, String> fields,
			boolean withCredentials) {
		LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
		form.add("file", new ByteArrayResource(content) {
			@Override
			public String getFilename() {
				return filename;
			}
		});
		fields.forEach(form::add);
		return http.post()
			.uri("/api/datasets")
			.headers(h -> {
				if (withCredentials) {
					h.setBasicAuth(ServerOnTempStore.EDITOR, ServerOnTempStore.PASSWORD);
				}
			})
			.contentType(MediaType.MULTIPART_FORM_DATA)
			.body(form)
			.retrieve()
			.toEntity(String.class);
	}

}
