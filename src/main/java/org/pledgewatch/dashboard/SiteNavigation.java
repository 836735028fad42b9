package org.pledgewatch.dashboard;

import org.pledgewatch.language.CountryNames;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.Ally;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.dataset.DatasetCitation;
import org.pledgewatch.dataset.DatasetStore;
import org.pledgewatch.system.Languages;
import org.pledgewatch.system.ShownVersion;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the layout shows on every HTML page ({@code ${@site.highlightAlly()}} in templates): read from a bean rather
 * than the model so that error pages, which get no model attributes, show the same header and footer. Links it builds
 * keep the reader's {@code target}, so a shared view stays the same view.
 */
@Component("site")
public class SiteNavigation {

	static final String TARGET = "target";

	static final String VERSION = "version";

	private final ComplianceService compliance;

	private final CountryNames names;

	private final DatasetStore store;

	private final ShownVersion shown;

	SiteNavigation(ComplianceService compliance, CountryNames names, DatasetStore store, ShownVersion shown) {
		this.compliance = compliance;
		this.names = names;
		this.store = store;
		this.shown = shown;
	}

	/** Where the figures shown come from: the footer and every page's notes cite it. */
	public DatasetCitation citation() {
		return compliance.model().citation();
	}

	/**
	 * The newest other published version that gives money figures, for pointing readers of a shares-only edition to
	 * one that has them; null when there is none.
	 */
	public @Nullable Integer moneyVersion() {
		return shown.moneyVersion();
	}

	/** The highlighted ally, named in the reader's language. */
	public Ally highlightAlly() {
		String iso3 = compliance.highlightIso3();
		Ally ally = compliance.model().ally(iso3).orElse(new Ally(iso3, iso3));
		return new Ally(ally.iso3(), names.name(ally.iso3(), ally.country()));
	}

	public int datasetVersion() {
		return compliance.model().version();
	}

	public int firstYear() {
		return compliance.model().firstYear();
	}

	public String datasetYears() {
		ComplianceModel model = compliance.model();
		return model.yearSpan();
	}

	/**
	 * A site path with the current request's target, if it names one: {@code /compare?target=3.5}. Templates wrap it
	 * in a link expression, {@code @{${@site.link('/compare')}}}, which adds the context path.
	 */
	public String link(String path) {
		String target = queryParameters(request()).getFirst(TARGET);
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		if (target != null && !target.isBlank()) {
			uri.queryParam(TARGET, "{target}");
			return versioned(uri.encode().buildAndExpand(target.strip()).toUriString());
		}
		return versioned(uri.toUriString());
	}

	/**
	 * A link with the version the reader asked for ({@code ?version=N}), if any: a draft or an older version stays
	 * the one shown from page to page and in downloads. Templates pass a built link: {@code ${@site.versioned(u)}}.
	 */
	public String versioned(String url) {
		return shown.link(url);
	}

	/** The version readers are shown by default (the published one). */
	public int activeVersion() {
		return store.activeVersion();
	}

	/** Whether the version shown is a draft (only editors get to see one). */
	public boolean showingDraft() {
		return shown.draft();
	}

	/**
	 * This page with one parameter replaced: the language switcher's, target presets' and pager's links, with the
	 * version shown when the reader asked for one.
	 */
	public String current(String name, String value) {
		HttpServletRequest request = request();
		if (request == null) {
			return "?" + name + "=" + value;
		}
		// On an error page the request was forwarded to /error: link to the address the reader asked for.
		Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = asked instanceof String original ? original : request.getRequestURI();
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path.substring(request.getContextPath().length()));
		boolean error = asked != null;
		queryParameters(request).forEach((key, values) -> {
			if (!key.equals(name) && !key.equals("lang") && (error || !key.equals(VERSION))) {
				for (String v : values) {
					uri.queryParam(key, v);
				}
			}
		});
		uri.queryParam(name, value);
		String link = uri.encode().build().toUriString();
		return error ? link : shown.link(link);
	}

	/** This page's parameters other than {@code except}: hidden fields of a form that changes one of them. */
	public List<Map.Entry<String, String>> parametersExcept(String except) {
		List<Map.Entry<String, String>> kept = new ArrayList<>();
		queryParameters(request()).forEach((key, values) -> {
			if (!key.equals(except) && !key.equals("lang") && !key.equals(VERSION)) {
				for (String v : values) {
					kept.add(Map.entry(key, v));
				}
			}
		});
		if (shown.asked()) {
			kept.add(Map.entry(VERSION, String.valueOf(shown.number())));
		}
		return kept;
	}

	/** The languages the switcher offers, each named in its own language. */
	public List<Language> languages() {
		String current = LocaleContextHolder.getLocale().getLanguage();
		return Languages.SUPPORTED.stream()
			.map(l -> new Language(l.getLanguage(), capitalised(l), l.getLanguage().equals(current)))
			.toList();
	}

	private static String capitalised(Locale language) {
		String name = language.getDisplayLanguage(language);
		return name.substring(0, 1).toUpperCase(language) + name.substring(1);
	}

	/**
	 * The parameters of the address only, decoded: never the body, so a form's fields stay out of links and an
	 * oversized upload is not parsed again while its error page renders.
	 */
	private static MultiValueMap<String, String> queryParameters(@Nullable HttpServletRequest request) {
		MultiValueMap<String, String> decoded = new LinkedMultiValueMap<>();
		String query = request == null ? null : request.getQueryString();
		if (query != null) {
			UriComponentsBuilder.newInstance().query(query).build().getQueryParams().forEach((key, values) -> values
				.forEach(v -> decoded.add(decode(key), v == null ? "" : decode(v))));
		}
		return decoded;
	}

	private static String decode(String text) {
		return URLDecoder.decode(text, StandardCharsets.UTF_8);
	}

	private static @Nullable HttpServletRequest request() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

	/** A language the site speaks: its code, its own name (Nederlands), whether it is the reader's. */
	public record Language(String code, String name, boolean current) {
	}

}
