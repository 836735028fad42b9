package org.pledgewatch.dashboard;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The code and the citation under a chart ({@code ${@embedLinks.iframe('/embed/shares?year=2025')}}): absolute
 * addresses of this site, as the reader reached it (behind a proxy, the forwarded host and scheme).
 */
@Component("embedLinks")
public class EmbedLinks {

	/** The {@code <iframe>} code for an embed path; the template escapes it for display. */
	public String iframe(String embedPath, String title) {
		return "<iframe src=\"" + absolute(embedPath) + "\" title=\"" + title.replace("\"", "&quot;")
				+ "\" width=\"100%\" height=\"480\" style=\"border:0\" loading=\"lazy\"></iframe>";
	}

	public String absolute(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

	/** Today's date (UTC), as an access date in a citation. */
	public LocalDate today() {
		return LocalDate.now(ZoneOffset.UTC);
	}

}
