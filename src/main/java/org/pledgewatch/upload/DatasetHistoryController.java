package org.pledgewatch.upload;

import java.security.Principal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.dataset.DatasetEditor;
import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.dataset.DatasetVersion;
import org.pledgewatch.dataset.NeedsConfirmationException;
import org.pledgewatch.dataset.NotADraftException;
import org.pledgewatch.dataset.UploadWarning;
import org.pledgewatch.dataset.UnknownVersionException;
import org.pledgewatch.dataset.VersionStates;
import org.pledgewatch.system.ErrorPages;
import org.pledgewatch.system.VersionAccess;
import org.pledgewatch.upload.PendingAction.Kind;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every published dataset version, what each changed, which is active; editors also see drafts, and can switch
 * (publish) or discard a draft. Each action first shows a page that says what it does and asks once.
 */
@Controller
class DatasetHistoryController {

	private final DatasetStore store;

	private final DatasetEditor editor;

	private final VersionComparisons comparisons;

	private final VersionAccess access;

	DatasetHistoryController(DatasetStore store, DatasetEditor editor, VersionComparisons comparisons,
			VersionAccess access) {
		this.store = store;
		this.editor = editor;
		this.comparisons = comparisons;
		this.access = access;
	}

	@GetMapping("/datasets")
	String history(Model model) {
		int active = store.activeVersion();
		boolean canEdit = access.editor();
		VersionStates states = access.states();
		List<VersionRow> rows = new ArrayList<>();
		store.versions()
			.stream()
			.filter(v -> states.published(v.version()) || (canEdit && states.draft(v.version())))
			.forEach(v -> rows.add(new VersionRow(v.version(), v, v.version() == active, states.draft(v.version()),
					comparisons.againstPrevious(v.version(), states).orElse(null), null)));
		store.damaged().forEach(d -> rows.add(new VersionRow(d.version(), null, false, false, null, d.reason())));
		rows.sort(Comparator.comparingInt(VersionRow::number).reversed());
		model.addAttribute("versions", rows);
		model.addAttribute("storeReason", store.notWritable().orElse(null));
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("targetLabel", comparisons.targetLabel());
		return "datasets";
	}

	/** Asks before setting a draft aside, saying what that does. */
	@GetMapping("/datasets/{version}/discard")
	String confirmDiscard(@PathVariable int version, Model model) {
		DatasetVersion v = store.find(version).orElseThrow(() -> new UnknownVersionException(version));
		if (!access.states().draft(version)) {
			throw new NotADraftException(version);
		}
		model.addAttribute("action", new PendingAction(Kind.DISCARD, v, store.activeVersion(), List.of(), null));
		return "dataset-action";
	}

	/** Sets a draft aside: it stays in the store and the audit log, and is no longer listed. */
	@PostMapping("/datasets/{version}/discard")
	String discard(@PathVariable int version, Principal editorName, RedirectAttributes redirect) {
		editor.discard(version, editorName.getName());
		redirect.addFlashAttribute("discarded", version);
		return "redirect:/datasets";
	}

	@ExceptionHandler(NotADraftException.class)
	ModelAndView notADraft(NotADraftException ex) {
		return ErrorPages.page(HttpStatus.CONFLICT, ex.getMessage());
	}

	/**
	 * Asks before making a version the active one, saying what that does; for a version never published before,
	 * with every check that questions it and the box the editor must tick to publish it anyway.
	 */
	@GetMapping("/datasets/{version}/activate")
	String confirmActivate(@PathVariable int version, Model model) {
		DatasetVersion v = store.find(version).orElseThrow(() -> new UnknownVersionException(version));
		int active = store.activeVersion();
		if (version == active) {
			return "redirect:/datasets";
		}
		List<UploadWarning> questions = editor.questionsBeforePublishing(version);
		Kind kind = access.states().published(version) ? Kind.ACTIVATE : Kind.PUBLISH;
		model.addAttribute("action", new PendingAction(kind, v, active, questions, changes(active, version)));
		return "dataset-action";
	}

	/**
	 * Makes a version the active one. A version never published before that a check questions is published only
	 * with {@code confirm=true}; without it nothing changes and the editor is shown the questions again.
	 */
	@PostMapping("/datasets/{version}/activate")
	String activate(@PathVariable int version, @RequestParam(defaultValue = "false") boolean confirm,
			Principal editorName, RedirectAttributes redirect) {
		try {
			editor.activate(version, editorName.getName(), confirm);
		}
		catch (NeedsConfirmationException ex) {
			redirect.addFlashAttribute("unconfirmed", version);
			return "redirect:/datasets/" + version + "/activate";
		}
		redirect.addFlashAttribute("activated", version);
		return "redirect:/datasets";
	}

	/** What a version changes against the active one; the page stands without it. */
	private @Nullable VersionChanges changes(int active, int version) {
		try {
			return comparisons.between(active, version);
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

	@ExceptionHandler(UnknownVersionException.class)
	ModelAndView unknownVersion(UnknownVersionException ex) {
		return ErrorPages.page(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/** One line of the history: a version, or the number of a damaged one with what is wrong. */
	record VersionRow(int number, @Nullable DatasetVersion version, boolean active, boolean draft,
			@Nullable VersionChanges changes, @Nullable String damageReason) {

		private static final DateTimeFormatter UPLOADED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC);

		public String uploaded() {
			return version == null ? "" : UPLOADED.format(version.uploadedAt());
		}

	}

}
