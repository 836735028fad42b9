package org.pledgewatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Which edition a figure comes from is data ({@code data/editions/editions.json}, or what an editor types at upload),
 * never code: a page, message, report or README that names an edition would mis-cite every other version.
 */
class EditionNamesTest {

	private static final List<String> EDITION_NAMES = List.of("2014-2024", "2014–2024", "17 June 2024",
			"17 juni 2024", "17 juin 2024", "17. Juni 2024");

	@Test
	void noEditionIsNamedInCodeTemplatesMessagesOrTheReadme() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path root : List.of(Path.of("src/main"), Path.of("templates"), Path.of("README.md"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).filter(EditionNamesTest::isText).toList()) {
					String text = Files.readString(file, StandardCharsets.UTF_8);
					EDITION_NAMES.stream().filter(text::contains).forEach(name -> found.add(file + ": " + name));
				}
			}
		}
		assertThat(found).isEmpty();
	}

	private static boolean isText(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".java") || name.endsWith(".html") || name.endsWith(".properties")
				|| name.endsWith(".js") || name.endsWith(".md") || name.endsWith(".css");
	}

}
