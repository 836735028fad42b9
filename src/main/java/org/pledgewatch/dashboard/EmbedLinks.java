package org.pledgewatch.dashboard;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.pledgewatch.system.ShownVersion;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The codes and the citation under a chart ({@code ${@embedLinks.iframe('/embed/shares?year=2025', title)}}):
 * absolute addresses of this site, as the reader reached it (behind a proxy, the forwarded host and scheme). Both the
 * code offered first and the citation are pinned to the version shown, so the next edition changes neither; the
 * second code follows the published version.
 * <p>
 * An embedded chart is taller than wide on a phone; the code sizes its frame to the content: the embed page posts
 * its height to the host page ({@code /js/embed-height.js}), and a few lines in the code set the frame's height from
 * it. Without script the frame's height shows the whole chart at any host width from 320 px.
 */
@Component("embedLinks")
public class EmbedLinks {

	/** The message the embed page posts (embed-height.js); the host's listener takes nothing else. */
	static final String HEIGHT_MESSAGE = "pledgewatch-embed-height";

	/** Frame heights that show the whole chart, its source line and the link back at host widths of 320 px up. */
	private static final Map<String, Integer> HEIGHTS = Map.of("shares", 1100, "map", 1000, "history", 620,
			"spending", 560, "meeting", 560);

	private static final int DEFAULT_HEIGHT = 640;

	private final ShownVersion shown;

	EmbedLinks(ShownVersion shown) {
		this.shown = shown;
	}

	/** The {@code <iframe>} code pinned to the version shown; the template escapes it for display. */
	public String iframe(String embedPath, String title) {
		return code(shown.pinned(embedPath), title);
	}

	/** The {@code <iframe>} code that always shows the latest published version. */
	public String latestIframe(String embedPath, String title) {
		return code(shown.latest(embedPath), title);
	}

	/** The address a citation gives: the page, pinned to the version shown. */
	public String citedAddress(String pagePath) {
		return absolute(shown.pinned(pagePath));
	}

	public String absolute(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

	/** Today's date (UTC), as an access date in a citation. */
	public LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

	/** The frame height, in CSS pixels, that shows an embed page whole without script. */
	static int height(String embedPath) {
		String path = UriComponentsBuilder.fromUriString(embedPath).build().getPath();
		String chart = path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
		return HEIGHTS.getOrDefault(chart, DEFAULT_HEIGHT);
	}

	private String code(String embedPath, String title) {
		UriComponents site = ServletUriComponentsBuilder.fromCurrentContextPath().build();
		String origin = site.getScheme() + "://" + site.getHost() + (site.getPort() == -1 ? "" : ":" + site.getPort());
		return "<iframe src=\"" + absolute(embedPath) + "\" title=\"" + title.replace("\"", "&quot;")
				+ "\" width=\"100%\" height=\"" + height(embedPath)
				+ "\" style=\"border:0;width:100%\" loading=\"lazy\" data-pledgewatch-embed></iframe>\n"
				+ "<script>window.addEventListener(\"message\",function(e){var d=e.data;if(e.origin!==\"" + origin
				+ "\"||!d||d.type!==\"" + HEIGHT_MESSAGE + "\"||!(d.height>0))return;"
				+ "document.querySelectorAll(\"iframe[data-pledgewatch-embed]\").forEach(function(f){"
				+ "if(f.contentWindow===e.source)f.style.height=Math.min(Math.ceil(d.height),5000)+\"px\";});});</script>";
	}

}
