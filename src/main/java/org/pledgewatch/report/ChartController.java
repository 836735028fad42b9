package org.pledgewatch.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.jspecify.annotations.Nullable;
import org.pledgewatch.compliance.ComplianceModel;
import org.pledgewatch.compliance.ComplianceService;
import org.pledgewatch.compliance.Target;
import org.pledgewatch.compliance.UnknownCountryException;
import org.pledgewatch.dashboard.PerModelCache;
import org.pledgewatch.language.CountryNames;
import org.pledgewatch.language.Figures;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every chart of the pages as a file for a slide or a spreadsheet: {@code /charts/{chart}.png} (twice the drawing's
 * size), {@code .svg} and {@code .csv}, with the pages' parameters. Each answer is computed once per model and
 * parameters.
 */
@Controller
class ChartController {

	private static final MediaType SVG = new MediaType("image", "svg+xml", StandardCharsets.UTF_8);

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final ComplianceService compliance;

	private final MessageSource messages;

	private final Figures figures;

	private final CountryNames names;

	private final Clock clock = Clock.systemUTC();

	private final PerModelCache<Key, byte[]> cache = new PerModelCache<>(32);

	private record Key(ChartRequest request, String format, CsvDialect dialect) {
	}

	ChartController(ComplianceService compliance, MessageSource messages, Figures figures, CountryNames names) {
		this.compliance = compliance;
		this.messages = messages;
		this.figures = figures;
		this.names = names;
	}

	@Operation(tags = "Charts", summary = "A chart as a PNG, an SVG or its figures as CSV",
			description = "The pages' charts, drawn by the server for slides and articles: title, subtitle (year, "
					+ "target), legend naming the highlighted ally, the source of the dataset version shown, the "
					+ "version and the day drawn. PNG at twice the SVG's size (at least 1600 px wide). CSV: the source "
					+ "as the first line (one quoted cell), column names in the reader's language on the second, "
					+ "shares with two decimals as NATO prints them and unrounded in the next column; cells that "
					+ "could be read as formulas start with an apostrophe. The reader's language: ?lang=en|nl|fr|de, "
					+ "the language cookie or Accept-Language.")
	@ApiResponse(responseCode = "200", description = "the file", content = {
			@Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
			@Content(mediaType = "image/svg+xml", schema = @Schema(type = "string")),
			@Content(mediaType = "text/csv", schema = @Schema(type = "string")) })
	@ApiResponse(responseCode = "400", description = "a parameter is malformed (target, iso3, year, format)")
	@ApiResponse(responseCode = "404",
			description = "unknown chart or file type, a year or ally not in the data, or a version not shown")
	@GetMapping("/charts/{chart}.{extension}")
	ResponseEntity<byte[]> chart(
			@Parameter(description = "shares, history, spending, meeting or map") @PathVariable String chart,
			@Parameter(description = "png, svg or csv") @PathVariable("extension") String format,
			@Parameter(description = "the year (shares, map); default: the latest year at least half the allies "
					+ "report") @RequestParam(required = false) @Nullable Integer year,
			@Parameter(description = "the target in % of GDP, above 0 and at most 100; 3.5 or 3,5; default 2",
					schema = @Schema(type = "string")) @RequestParam(required = false) @Nullable Target target,
			@Parameter(description = "the ally shown (history, spending) and highlighted (every chart); default BEL")
			@RequestParam(required = false) @Nullable String iso3,
			@Parameter(description = "the dataset version; only the version being shown is served")
			@RequestParam(required = false) @Nullable Integer version,
			@Parameter(description = "CSV only: standard (default) or excel-be (semicolons, decimal commas, BOM)")
			@RequestParam(name = "format", required = false) @Nullable String csvFormat,
			@Parameter(hidden = true) Locale locale) throws NoResourceFoundException {
		ChartKind kind = ChartKind.of(chart).orElse(null);
		if (kind == null || !(format.equals("png") || format.equals("svg") || format.equals("csv"))) {
			throw new NoResourceFoundException(HttpMethod.GET, "/charts/" + chart + "." + format,
					"charts/" + chart + "." + format);
		}
		CsvDialect dialect = CsvDialect.requested(csvFormat);
		ComplianceModel model = compliance.model();
		if (version != null && version != model.version()) {
			// The shown-version interceptor pins ?version= before this runs; should it not have, a figure of another
			// version is never passed off as the asked one's.
			throw new ResponseStatusException(HttpStatus.NOT_FOUND,
					"Dataset version " + version + " is not the version shown (" + model.version() + ").");
		}
		String ally = ally(model, iso3);
		ChartRequest request = new ChartRequest(kind, model.yearOrDefault(year),
				compliance.targetOrDefault(target), ally, locale, LocalDate.now(clock));
		ReportText text = new ReportText(messages, figures, names, locale, model.citation().currency());
		byte[] body = cache.get(model, new Key(request, format, dialect), () -> switch (format) {
			case "png" -> ChartImages.png(new ChartFigures(model, text).figure(request));
			case "svg" -> ChartImages.svg(new ChartFigures(model, text).figure(request));
			default -> csv(new ChartTables(model, text), request, dialect);
		});
		String filename = "pledgewatch-" + kind.pathName() + "-" + filePart(kind, request) + "-v" + model.version()
				+ (format.equals("csv") ? dialect.fileSuffix() : "." + format);
		ContentDisposition disposition = (format.equals("csv") ? ContentDisposition.attachment()
				: ContentDisposition.inline()).filename(filename).build();
		return ResponseEntity.ok()
			.contentType(switch (format) {
				case "png" -> MediaType.IMAGE_PNG;
				case "svg" -> SVG;
				default -> CSV;
			})
			.cacheControl(CacheControl.noCache())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag())
			.body(body);
	}

	/** The ally named: {@code ?iso3=}, else the highlighted one; three letters of an ally, or the request is bad. */
	private String ally(ComplianceModel model, @Nullable String iso3) {
		if (iso3 == null || iso3.isBlank()) {
			return compliance.highlightIso3();
		}
		String code = iso3.strip().toUpperCase(Locale.ROOT);
		if (!code.matches("[A-Z]{3}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
					"The parameter \"iso3\" must be an ISO 3166-1 alpha-3 code such as BEL.");
		}
		if (model.ally(code).isEmpty()) {
			throw new UnknownCountryException(code);
		}
		return code;
	}

	private static String filePart(ChartKind kind, ChartRequest request) {
		String target = request.target().pct().toPlainString();
		return switch (kind) {
			case SHARES, MAP -> request.year() + "-" + target;
			case HISTORY, MEETING -> request.iso3() + "-" + target;
			case SPENDING -> request.iso3();
		};
	}

	private static byte[] csv(ChartTables tables, ChartRequest request, CsvDialect dialect) {
		ChartTables.ChartTable table = tables.table(request);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new CsvSheet(dialect).write(out, tables.sourceLine(request), table.header(), table.rows());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
