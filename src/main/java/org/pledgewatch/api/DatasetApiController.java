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
import org.pledgewatch.dataset.DatasetEditor.Publishing;
import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.dataset.NewVersion;
import org.pledgewatch.dataset.PrintedAggregates;
import org.pledgewatch.dataset.UploadReceipt;
import org.pledgewatch.dataset.VersionSource;
import org.pledgewatch.dataset.VersionStates;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.system.UploadProperties;
import org.pledgewatch.system.VersionAccess;
import org.pledgewatch.upload.VersionChanges;
import org.pledgewatch.upload.VersionComparisons;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

/**
 * Dataset versions: list them (anyone sees the published ones, editors the drafts too), upload a new one (published
 * or as a draft), activate (publish) another or discard a draft (the editor).
 */
@RestController
@RequestMapping("/api/datasets")
@Tag(name = "Datasets", description = "Dataset versions: list (public), upload and activate (editor, HTTP Basic)")
class DatasetApiController {

	private static final Logger log = LoggerFactory.getLogger(DatasetApiController.class);

	private final DatasetEditor editor;

	private final DatasetStore store;

	private final UploadProperties limits;

	private final VersionAccess access;

	private final VersionComparisons comparisons;

	DatasetApiController(DatasetEditor editor, DatasetStore store, UploadProperties limits, VersionAccess access,
			VersionComparisons comparisons) {
		this.editor = editor;
		this.store = store;
		this.limits = limits;
		this.access = access;
		this.comparisons = comparisons;
	}

	@Operation(summary = "Every published dataset version, oldest first, with the active one marked; an editor "
			+ "(HTTP Basic) also sees drafts (\"draft\":true), never discarded ones")
	@GetMapping
	DatasetVersions versions() {
		int active = store.activeVersion();
		VersionStates states = access.states();
		boolean editorAsks = access.editor();
		List<DatasetVersionView> views = new ArrayList<>();
		store.versions()
			.stream()
			.filter(v -> states.published(v.version()) || (editorAsks && states.draft(v.version())))
			.forEach(v -> views.add(DatasetVersionView.of(v, active, states.draft(v.version()))));
		store.damaged().forEach(d -> views.add(DatasetVersionView.of(d)));
		views.sort(Comparator.comparingInt(DatasetVersionView::version));
		String notWritable = store.notWritable().orElse(null);
		return new DatasetVersions(views, notWritable == null, notWritable);
	}

	@Operation(summary = "Upload a CSV (multipart part \"file\", optional fields \"source\", \"sourceUrl\", "
			+ "\"notes\", \"dataAsOf\" (YYYY-MM-DD), \"currency\" (ISO 4217 code of the money figures, three uppercase "
			+ "letters, default USD; 400 when it is not one), \"publish\" (default true), \"confirm\" (default false)); "
			+ "201 with the new version (active, or with publish=false a draft: \"draft\":true), its \"changes\" "
			+ "against the active version and its \"warnings\"; 409 {\"needsConfirmation\":true,\"warnings\":[…]} "
			+ "when publish=true and a plausibility check questions a figure (nothing stored; confirm=true publishes), "
			+ "400 with every row error (or what is wrong with the optional aggregates file: CSV year,aggregate,"
			+ "share_of_gdp_pct, aggregate nato-total or europe-canada, NATO's printed alliance-wide shares), 413 over the size limit, 401 without the editor's credentials, "
			+ "507 when the server has no room (nothing was changed), 503 when the store cannot be written")
	@SecurityRequirement(name = ApiDocsConfig.EDITOR_LOGIN)
	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<UploadedDataset> upload(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String sourceUrl,
			@RequestParam(required = false) @Nullable String notes,
			@RequestParam(required = false) @Nullable String dataAsOf,
			@RequestParam(required = false) @Nullable String currency,
			@RequestParam(defaultValue = "true") boolean publish, @RequestParam(defaultValue = "false") boolean confirm,
			@RequestParam(required = false) @Nullable MultipartFile aggregates, Principal editorName)
			throws IOException {
		if (file.getSize() > limits.maxSize().toBytes()) {
			throw new MaxUploadSizeExceededException(limits.maxSize().toBytes());
		}
		VersionSource stated = VersionSource.of(source, sourceUrl, notes, dataAsOf, currency);
		NewVersion.requireFilename(file.getOriginalFilename());
		PrintedAggregates printed = PrintedAggregates
			.of(aggregates == null || aggregates.isEmpty() ? null : aggregates.getBytes());
		Publishing publishing = !publish ? Publishing.DRAFT : confirm ? Publishing.PUBLISH_CONFIRMED : Publishing.PUBLISH;
		UploadReceipt receipt = editor.upload(String.valueOf(file.getOriginalFilename()), file.getBytes(),
				editorName.getName(), stated, publishing, printed);
		return ResponseEntity.created(URI.create("/datasets/" + receipt.version().version() + ".csv"))
			.body(UploadedDataset.of(receipt, changes(receipt)));
	}

	/** What the upload changes against the version active before it; the upload stands even if this fails. */
	private @Nullable VersionChanges changes(UploadReceipt receipt) {
		try {
			return comparisons.between(receipt.comparedWith(), receipt.version().version());
		}
		catch (RuntimeException ex) {
			log.warn("Could not work out what version {} changes: {}", receipt.version().version(), ex.getMessage());
			return null;
		}
	}

	@Operation(summary = "Make a stored version the active one: publish a draft, roll back or forward (optional "
			+ "field \"confirm\", default false); 409 {\"needsConfirmation\":true,\"error\",\"warnings\":[…]} when "
			+ "the version was never published and a check questions a figure against the active version (nothing "
			+ "changed; confirm=true publishes it anyway), while a version published before (a rollback) needs no "
			+ "confirmation; 404 if there is none, 409 if it is damaged, 507 when the server has no room, 503 when "
			+ "the store cannot be written")
	@SecurityRequirement(name = ApiDocsConfig.EDITOR_LOGIN)
	@PostMapping("/{version}/activate")
	DatasetVersionView activate(@PathVariable int version, @RequestParam(defaultValue = "false") boolean confirm,
			Principal editorName) {
		return DatasetVersionView.of(editor.activate(version, editorName.getName(), confirm), store.activeVersion(),
				false);
	}

	@Operation(summary = "Discard a draft: it stays in the store and the audit log but is no longer listed; "
			+ "204, 404 if there is no such version, 409 if it is not a draft")
	@SecurityRequirement(name = ApiDocsConfig.EDITOR_LOGIN)
	@PostMapping("/{version}/discard")
	ResponseEntity<Void> discard(@PathVariable int version, Principal editorName) {
		editor.discard(version, editorName.getName());
		return ResponseEntity.noContent().build();
	}

}
