package org.pledgewatch.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.dataset.DatasetStore;
import org.springframework.http.CacheControl;

/**
 * The entity tag of an answer computed from the active dataset: the dataset version plus everything else the answer
 * depends on (path, parameters in a canonical order, the default target and highlighted ally, and the reader's
 * language, which the {@code lang} cookie or {@code Accept-Language} may choose without a parameter), the active
 * version and the versions stored (which a page's banner and pointers name) and the day (a citation's access date).
 * It is weak because
 * the same entity may travel gzip-compressed or not. A new upload changes the version, so every tag changes with it.
 * <p>
 * Caching: {@code no-cache} lets browsers and proxies keep a copy but makes them ask before each use; the question
 * costs a 304 without a body, decided before any figure or file is produced. Data that changes a few times a year is
 * thus never stale after an upload, and never downloaded twice while it stays the same.
 */
final class DatasetEtag {

	static final CacheControl CACHE_CONTROL = CacheControl.noCache();

	/** The request headers that choose the language when no {@code lang} parameter does. */
	static final String VARY = "Accept-Language, Cookie";

	private final ComplianceService compliance;

	private final @Nullable DatasetStore store;

	DatasetEtag(ComplianceService compliance) {
		this(compliance, null);
	}

	/** With the store, a tag also changes with what a page says about the other versions (its banner, pointers). */
	DatasetEtag(ComplianceService compliance, @Nullable DatasetStore store) {
		this.compliance = compliance;
		this.store = store;
	}

	String of(HttpServletRequest request, Locale locale) {
		Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
		StringBuilder seed = new StringBuilder(request.getRequestURI());
		parameters.forEach((name, values) -> {
			String[] sorted = values.clone();
			Arrays.sort(sorted);
			seed.append('\n').append(name).append('=').append(String.join("\u0000", sorted));
		});
		seed.append("\ndefault-target=").append(compliance.defaultTarget().pct().toPlainString());
		seed.append("\nhighlight=").append(compliance.highlightIso3());
		seed.append("\nlocale=").append(locale.toLanguageTag());
		// A page names the published version (its banner), points to published versions and cites today as the
		// access date: the tag changes when any of them does.
		seed.append("\naccessed=").append(LocalDate.now(ZoneOffset.UTC));
		if (store != null) {
			seed.append("\nactive=").append(store.activeVersion()).append("\nversions=");
			store.versions().forEach(v -> seed.append(v.version()).append(v.storedAsDraft() ? "d" : "").append(','));
		}
		return "W/\"v" + compliance.model().version() + "-" + digest(seed.toString()) + "\"";
	}

	/** Whether an {@code If-None-Match} header names this tag (weak comparison, as RFC 9110 asks for GET). */
	static boolean matches(@Nullable String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		String wanted = opaque(etag);
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || opaque(tag).equals(wanted)) {
				return true;
			}
		}
		return false;
	}

	private static String opaque(String tag) {
		return tag.startsWith("W/") ? tag.substring(2) : tag;
	}

	private static String digest(String seed) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
