package org.pledgewatch.upload;

import java.io.IOException;
import java.security.Principal;
import java.util.Map;

import org.pledgewatch.dataset.CanonicalColumns;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.dataset.DatasetEditor;
import org.pledgewatch.dataset.DatasetEditor.Publishing;
import org.pledgewatch.dataset.DatasetRejectedException;
import org.pledgewatch.dataset.DatasetStore;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.InvalidSourceException;
import org.pledgewatch.dataset.NewVersion;
import org.pledgewatch.dataset.PrintedAggregates;
import org.pledgewatch.dataset.UploadReceipt;
import org.pledgewatch.dataset.VersionSource;
import org.pledgewatch.system.UploadProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor's upload form. An accepted file is always stored as a draft first: the page then previews what it
 * changes (old → new), the warnings, links to the draft's pages, and a Publish button. On failure the errors, with
 * the data untouched.
 */
@Controller
class UploadController {

	private final DatasetEditor editor;

	private final DatasetStore store;

	private final VersionComparisons comparisons;

	private final UploadProperties limits;

	private final String highlightIso3;

	UploadController(DatasetEditor editor, DatasetStore store, VersionComparisons comparisons,
			UploadProperties limits, ComplianceService compliance) {
		this.editor = editor;
		this.store = store;
		this.comparisons = comparisons;
		this.limits = limits;
		this.highlightIso3 = compliance.highlightIso3();
	}

	@ModelAttribute
	void form(Model model, Principal editorName) {
		model.addAllAttributes(formModel(editorName));
	}

	private Map<String, Object> formModel(Principal editorName) {
		return Map.of("maxSize", limits.maxSizeText(), "required", CanonicalColumns.REQUIRED, "optional",
				CanonicalColumns.ALL.stream().filter(c -> !CanonicalColumns.REQUIRED.contains(c)).toList(),
				"activeVersion", store.activeVersion(), "targetLabel", comparisons.targetLabel(), "editorName",
				editorName.getName(), "highlightIso3", highlightIso3);
	}

	@GetMapping("/upload")
	String page() {
		return "upload";
	}

	@PostMapping("/upload")
	String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) @Nullable String source,
			@RequestParam(required = false) @Nullable String sourceUrl,
			@RequestParam(required = false) @Nullable String notes,
			@RequestParam(required = false) @Nullable String dataAsOf,
			@RequestParam(required = false) @Nullable MultipartFile aggregates,
			@RequestParam(required = false) @Nullable String currency, Principal editorName, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file.getSize() > limits.maxSize().toBytes()) {
			throw new MaxUploadSizeExceededException(limits.maxSize().toBytes());
		}
		// The form shows what was typed again when it must be corrected; read from here, never from the raw
		// request in the template, which would parse the multipart body a second time.
		model.addAttribute("stated", new StatedSource(source, sourceUrl, notes, dataAsOf, currency));
		VersionSource stated;
		PrintedAggregates printed;
		try {
			stated = VersionSource.of(source, sourceUrl, notes, dataAsOf, currency);
			NewVersion.requireFilename(file.getOriginalFilename());
			printed = PrintedAggregates.of(aggregates == null || aggregates.isEmpty() ? null : aggregates.getBytes());
		}
		catch (InvalidSourceException ex) {
			model.addAttribute("sourceError", ex.getMessage());
			return "upload";
		}
		try {
			UploadReceipt receipt = editor.upload(String.valueOf(file.getOriginalFilename()), file.getBytes(),
					editorName.getName(), stated, Publishing.DRAFT, printed);
			VersionChanges changes = comparisons.between(receipt.comparedWith(), receipt.version().version());
			redirect.addFlashAttribute("uploaded", new UploadSummary(receipt.version(), receipt.warnings(), changes));
			return "redirect:/upload";
		}
		catch (InvalidSourceException ex) {
			model.addAttribute("sourceError", ex.getMessage());
			return "upload";
		}
		catch (DatasetRejectedException ex) {
			// The form is shown again with the errors (200, as for any form that needs correcting); the API says 400.
			model.addAttribute("filename", file.getOriginalFilename());
			model.addAttribute("rejected", ex.parsed());
			return "upload";
		}
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(Principal editorName) {
		ModelAndView page = new ModelAndView("upload", formModel(editorName), HttpStatus.CONTENT_TOO_LARGE);
		page.addObject("tooLarge", true);
		return page;
	}

	/** The source fields as the editor typed them, valid or not. */
	record StatedSource(@Nullable String source, @Nullable String sourceUrl, @Nullable String notes,
			@Nullable String dataAsOf, @Nullable String currency) {
	}

}
