package org.pledgewatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** House rules that a compiler does not check. */
class ArchitectureTest {

	private static final Path MAIN = Path.of("src/main/java/org/pledgewatch");

	@Test
	void tablesawIsImportedOnlyInsideTheCompliancePackage() throws IOException {
		try (Stream<Path> files = Files.walk(MAIN)) {
			List<Path> offenders = files.filter(p -> p.toString().endsWith(".java"))
				.filter(p -> !p.startsWith(MAIN.resolve("compliance")))
				.filter(ArchitectureTest::importsTablesaw)
				.toList();
			assertThat(offenders).isEmpty();
		}
	}

	@Test
	void templatesUseNoInlineScripts() throws IOException {
		try (Stream<Path> files = Files.walk(Path.of("templates"))) {
			List<Path> offenders = files.filter(p -> p.toString().endsWith(".html")).filter(p -> {
				try {
					return Files.readString(p).matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*");
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}).toList();
			assertThat(offenders).as("scripts come from files, so a strict Content-Security-Policy stays possible")
				.isEmpty();
		}
	}

	private static boolean importsTablesaw(Path file) {
		try {
			return Files.readString(file).contains("import tech.tablesaw");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
