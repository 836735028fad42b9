package org.pledgewatch.dashboard;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.Ally;
import org.pledgewatch.language.CurrencyLabels;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.compliance.Target;
import org.pledgewatch.compliance.YearSummary;
import org.pledgewatch.compliance.UnknownCountryException;
import org.pledgewatch.language.CountryNames;
import org.pledgewatch.language.Figures;
import org.pledgewatch.map.AlliesMap;
import org.pledgewatch.system.ShownVersion;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One chart on a page of its own, for other sites to frame ({@code /embed/**} is the only framable path): its title,
 * the chart, the source of the version shown and a link back to the full page.
 */
@Controller
class EmbedController {

	private final ComplianceService compliance;

	private final Figures figures;

	private final CountryNames names;

	private final ChartLabels chartLabels;

	private final MessageSource messages;

	private final AlliesMap maps;

	private final ShownVersion shownVersion;

	EmbedController(ComplianceService compliance, Figures figures, CountryNames names, ChartLabels chartLabels,
			MessageSource messages, AlliesMap maps, ShownVersion shown) {
		this.maps = maps;
		this.shownVersion = shown;
		this.compliance = compliance;
		this.figures = figures;
		this.names = names;
		this.chartLabels = chartLabels;
		this.messages = messages;
	}

	@GetMapping("/embed/{chart}")
	String embed(@PathVariable String chart, @RequestParam(required = false) @Nullable Integer year,
			@RequestParam(required = false) @Nullable Target target,
			@RequestParam(required = false) @Nullable String iso3, Model model) throws NoResourceFoundException {
		ComplianceModel computed = compliance.model();
		Target shown = compliance.targetOrDefault(target);
		TargetChoice choice = TargetChoice.of(shown, figures);
		String ally = (iso3 == null ? compliance.highlightIso3() : iso3.strip()).toUpperCase(Locale.ROOT);
		String allyName = names.name(ally, computed.ally(ally).orElseThrow(() -> new UnknownCountryException(ally)).country());
		String param = choice.param();
		EmbeddedChart embedded = switch (chart) {
			case "shares" -> {
				int y = computed.yearOrDefault(year);
				addPartialYear(model, computed, y, shown);
				yield new EmbeddedChart("shares", title("chart.shares.title", y),
						path("/api/compliance").queryParam("year", y).queryParam("target", param),
						path("/").queryParam("year", y).queryParam("target", param), false);
			}
			case "history" -> new EmbeddedChart("trend",
					title("chart.trend.title", allyName, computed.yearSpan()),
					path("/api/countries/" + ally).queryParam("target", param),
					path("/countries/" + ally).queryParam("target", param), true);
			case "spending" -> new EmbeddedChart("spending", title("chart.spending.title", allyName),
					path("/api/countries/" + ally).queryParam("target", param),
					path("/countries/" + ally).queryParam("target", param), false);
			case "meeting" -> new EmbeddedChart("meeting", title("chart.meeting.title", choice.label()),
					path("/api/trend").queryParam("target", param), path("/").queryParam("target", param), false);
			case "map" -> {
				int y = computed.yearOrDefault(year);
				addPartialYear(model, computed, y, shown);
				model.addAttribute("map", maps.view(computed.year(y, shown), ally, LocaleContextHolder.getLocale()));
				// The map is drawn in the page (inline SVG), so its "endpoint" is the same map as a file.
				yield new EmbeddedChart("map", title("map.title", y),
						path("/charts/map.svg").queryParam("year", y).queryParam("target", param),
						path("/map").queryParam("year", y).queryParam("target", param), false);
			}
			default -> throw new NoResourceFoundException(HttpMethod.GET, "/embed/" + chart,
					"embed/" + chart);
		};
		// A pinned embed draws, and links back to, the version it names.
		model.addAttribute("chart", new EmbeddedChart(embedded.kind(), embedded.title(), shownVersion.link(embedded.endpoint()),
				shownVersion.link(embedded.page()), embedded.events()));
		model.addAttribute("target", choice);
		model.addAttribute("ally", new Ally(ally, allyName));
		model.addAttribute("name", allyName);
		model.addAttribute("citation", computed.citation());
		model.addAttribute("chartLabels", chartLabels.json());
		return "embed";
	}

	/** A partial year's counts, said under the title: "8 of 32 allies have reported", never a chart of 8 read as all. */
	private void addPartialYear(Model model, ComplianceModel computed, int year, Target target) {
		YearSummary summary = computed.summary(year, target, compliance.highlightIso3());
		model.addAttribute("partialSummary", summary.complete() ? null : summary);
	}

	private String title(String key, Object... arguments) {
		return CurrencyLabels.inCurrency(messages.getMessage(key, arguments, LocaleContextHolder.getLocale()),
				compliance.model().citation().currency());
	}

	private static UriComponentsBuilder path(String path) {
		return UriComponentsBuilder.fromPath(path);
	}

}
