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
import org.pledgewatch.dataset.UnknownVersionException;
import org.pledgewatch.system.ErrorPages;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every dataset version, what each changed, which is active; editors can switch. */
@Controller
class DatasetHistoryController {

	private final DatasetStore store;

	private final DatasetEditor editor;

	private final VersionComparisons comparisons;

	DatasetHistoryController(DatasetStore store, DatasetEditor editor, VersionComparisons comparisons) {
		this.store = store;
		this.editor = editor;
		this.comparisons = comparisons;
	}

	@GetMapping("/datasets")
	String history(@Nullable Authentication user, Model model) {
		int active = store.activeVersion();
		List<VersionRow> rows = new ArrayList<>();
		store.versions()
			.forEach(v -> rows.add(new VersionRow(v.version(), v, v.version() == active,
					comparisons.againstPrevious(v.version()).orElse(null), null)));
		store.damaged().forEach(d -> rows.add(new VersionRow(d.version(), null, false, null, d.reason())));
		rows.sort(Comparator.comparingInt(VersionRow::number).reversed());
		model.addAttribute("versions", rows);
		model.addAttribute("storeReason", store.notWritable().orElse(null));
		model.addAttribute("canEdit", user != null && user.getAuthorities()
			.stream()
			.anyMatch(a -> "ROLE_EDITOR".equals(a.getAuthority())));
		model.addAttribute("targetLabel", comparisons.targetLabel());
		return "datasets";
	}

	@PostMapping("/datasets/{version}/activate")
	String activate(@PathVariable int version, Principal editorName, RedirectAttributes redirect) {
		editor.activate(version, editorName.getName());
		redirect.addFlashAttribute("activated", version);
		return "redirect:/datasets";
	}

	@ExceptionHandler(UnknownVersionException.class)
	ModelAndView unknownVersion(UnknownVersionException ex) {
		return ErrorPages.page(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	/** One line of the history: a version, or the number of a damaged one with what is wrong. */
	record VersionRow(int number, @Nullable DatasetVersion version, boolean active, @Nullable VersionChanges changes,
			@Nullable String damageReason) {

		private static final DateTimeFormatter UPLOADED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
			.withZone(ZoneOffset.UTC);

		public String uploaded() {
			return version == null ? "" : UPLOADED.format(version.uploadedAt());
		}

	}

}
