package org.pledgewatch.api;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.pledgewatch.dataset.DatasetEditor;
import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.dataset.UploadReceipt;
import org.pledgewatch.dataset.VersionSource;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.system.UploadProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/** Dataset versions: list them (anyone), upload a new one or activate another (the editor). */
@RestController
@RequestMapping("/api/datasets")
@Tag(name = "Datasets", description = "Dataset versions: list (public), upload and activate (editor, HTTP Basic)")
class DatasetApiController {

	private final DatasetEditor editor;

	private final DatasetStore store;

	private final UploadProperties limits;

	DatasetApiController(DatasetEditor editor, DatasetStore store, UploadProperties limits) {
		this.editor = editor;
		this.store = store;
		this.limits = limits;
	}

	@Operation(summary = "Every dataset version, oldest first, with the active one marked")
	@GetMapping
	DatasetVersions versions() {
		int active = store.activeVersion();
		List<DatasetVersionView> views = new ArrayList<>();
		store.versions().forEach(v -> views.add(DatasetVersionView.of(v, active)));
		store.damaged().forEach(d -> views.add(DatasetVersionView.of(d)));
		views.sort(Comparator.comparingInt(DatasetVersionView::version));
		String notWritable = store.notWritable().orElse(null);
		return new DatasetVersions(views, notWritable == null, notWritable);
	}

	@Operation(summary = "Upload a CSV (multipart part \"file\", optional fields \"source\", \"sourceUrl\", "
			+ "\"notes\", \"dataAsOf\" (YYYY-MM-DD)); 201 with the new, now active, version, "
			+ "400 with every row error, 413 over the size limit, 401 without the editor's credentials, "
			+ "507 when the server has no room (nothing was changed), 503 when the store cannot be written")
	@SecurityRequirement(name = ApiDocsConfig.EDITOR_LOGIN)
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<UploadedDataset> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String sourceUrl,
			@RequestParam(required = false) @Nullable String notes,
			@RequestParam(required = false) @Nullable String dataAsOf, Principal editorName) throws IOException {
		if (file.getSize() > limits.maxSize().toBytes()) {
			throw new MaxUploadSizeExceededException(limits.maxSize().toBytes());
		}
		VersionSource stated = VersionSource.of(source, sourceUrl, notes, dataAsOf);
		UploadReceipt receipt = editor.upload(String.valueOf(file.getOriginalFilename()), file.getBytes(),
				editorName.getName(), stated);
		return ResponseEntity.created(URI.create("/datasets/" + receipt.version().version() + ".csv"))
			.body(UploadedDataset.of(receipt));
	}

	@Operation(summary = "Make a stored version the active one (roll back or forward); 404 if there is none, "
			+ "409 if it is damaged, 507 when the server has no room, 503 when the store cannot be written")
	@SecurityRequirement(name = ApiDocsConfig.EDITOR_LOGIN)
	@PostMapping("/{version}/activate")
	DatasetVersionView activate(@PathVariable int version, Principal editorName) {
		return DatasetVersionView.of(editor.activate(version, editorName.getName()), store.activeVersion());
	}

}
