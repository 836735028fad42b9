package org.pledgewatch.system;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.dataset.DatasetCitation;
import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.dataset.DatasetVersion;
import org.pledgewatch.dataset.VersionStates;
import org.springframework.stereotype.Component;
import org.springframework.web.context.annotation.RequestScope;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The dataset version this request shows, and the builder of every same-site address a page or embed emits: data
 * endpoints, chart files, downloads, pickers, embed codes and citations ({@code ${@shown.link('/api/trend?target=2')}}
 * in templates). A page asked for with {@code ?version=N} links only to version N, so a reader who follows a link,
 * submits a picker or downloads a file gets the figures the page cited. Embeds and citations are pinned to the version
 * shown even without {@code ?version=}: the next edition must not change a chart already pasted into an article.
 * <p>
 * The version itself was resolved (and refused when not visible) by {@link ShownVersionInterceptor}; this reads the
 * request's model, so the two never disagree. Templates never append a query string themselves.
 */
@Component("shown")
@RequestScope
public class ShownVersion {

	static final String PARAMETER = ShownVersionInterceptor.PARAMETER;

	private final ComplianceService compliance;

	private final DatasetStore store;

	private final HttpServletRequest request;

	private @Nullable VersionStates states;

	ShownVersion(ComplianceService compliance, DatasetStore store, HttpServletRequest request) {
		this.compliance = compliance;
		this.store = store;
		this.request = request;
	}

	/** The version whose figures this request shows. */
	public int number() {
		return compliance.model().version();
	}

	/** Where the figures shown come from. */
	public DatasetCitation citation() {
		return compliance.model().citation();
	}

	/** Whether the reader asked for this version by number ({@code ?version=N}), so links must keep it. */
	public boolean asked() {
		String given = queryVersion();
		return given != null && Integer.parseInt(given) == number();
	}

	/** The version readers are shown by default (the published, active one). */
	public int active() {
		return store.activeVersion();
	}

	/** Whether the version shown is a draft (only editors get to see one). */
	public boolean draft() {
		return number() != active() && states().draft(number());
	}

	/**
	 * A same-site address ({@code /api/compliance?year=2024}) as this page links it: with {@code version=N} when the
	 * page was asked for by version, as given otherwise. A version already in the address is replaced.
	 */
	public String link(String address) {
		return asked() ? withVersion(address, number()) : address;
	}

	/** A path with parameters, named and valued in pairs (null values left out), as {@link #link(String)} gives it. */
	public String link(String path, @Nullable Object... namesAndValues) {
		return link(address(path, namesAndValues));
	}

	/** An address pinned to the version shown, whatever the page was asked for: embed codes and citations. */
	public String pinned(String address) {
		return withVersion(address, number());
	}

	/** An address that follows the published version: the embed code a reader chooses for "always the latest". */
	public String latest(String address) {
		return UriComponentsBuilder.fromUriString(address).replaceQueryParam(PARAMETER).build().toUriString();
	}

	/** An address of a given version's view (a pointer to another edition). */
	public String of(int version, String path) {
		return withVersion(path, version);
	}

	/** This page's path shown for another version ({@code /countries/BEL?version=1}), without its other parameters. */
	public String ofThisPage(int version) {
		return of(version, request.getRequestURI().substring(request.getContextPath().length()));
	}

	/**
	 * The newest published version other than the one shown that gives money figures, for pointing readers of a
	 * shares-only edition to one that has them; null when there is none. Never a draft.
	 */
	public @Nullable Integer moneyVersion() {
		int shown = number();
		VersionStates states = states();
		return store.versions()
			.stream()
			.filter(v -> v.version() != shown && v.hasMoneyFigures() && states.published(v.version()))
			.map(DatasetVersion::version)
			.max(Comparator.naturalOrder())
			.orElse(null);
	}

	/** Published versions, oldest first: what a reader may be pointed to. */
	public List<Integer> published() {
		VersionStates states = states();
		return store.versions().stream().map(DatasetVersion::version).filter(states::published).sorted().toList();
	}

	private VersionStates states() {
		if (states == null) {
			states = VersionStates.of(store);
		}
		return states;
	}

	private @Nullable String queryVersion() {
		String query = request.getQueryString();
		if (query == null) {
			return null;
		}
		String given = UriComponentsBuilder.newInstance().query(query).build().getQueryParams().getFirst(PARAMETER);
		return given != null && given.strip().matches("[0-9]{1,9}") ? given.strip() : null;
	}

	private static String withVersion(String address, int version) {
		return UriComponentsBuilder.fromUriString(address).replaceQueryParam(PARAMETER, version).build().toUriString();
	}

	private static String address(String path, @Nullable Object... namesAndValues) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			if (value != null && !value.toString().isBlank()) {
				uri.queryParam(String.valueOf(namesAndValues[i]), value);
			}
		}
		return uri.encode().build().toUriString();
	}

}
