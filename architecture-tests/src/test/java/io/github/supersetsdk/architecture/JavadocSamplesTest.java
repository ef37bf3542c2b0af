package io.github.supersetsdk.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Code samples in the published javadoc are {@code {@snippet class=... region=...}} regions of
 * test-source classes, which the compiler checks, never hand-written {@code <pre>{@code ...}}
 * blocks, which nothing checks. Internal packages are not published and may keep notes in any form.
 */
class JavadocSamplesTest {

  private static final Pattern SNIPPET_CLASS = Pattern.compile("\\{@snippet class=([\\w.]+) region=(\\w+)\\}");

  @Test
  void publishedSourcesHaveNoHandWrittenSamples_andEverySnippetRegionExists() throws IOException {
    List<String> handWritten = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    int snippets = 0;
    for (Path module : ProjectLayout.moduleDirectories()) {
      Path sources = module.resolve("src/main/java");
      if (!Files.isDirectory(sources)) {
        continue;
      }
      List<Path> files;
      try (Stream<Path> walk = Files.walk(sources)) {
        files = walk.filter(f -> f.toString().endsWith(".java")).toList();
      }
      for (Path file : files) {
        String relative = ProjectLayout.root().relativize(file).toString();
        if (relative.contains("/internal/")) {
          continue;
        }
        String text = Files.readString(file);
        if (text.contains("<pre>{@code")) {
          handWritten.add(relative);
        }
        Matcher m = SNIPPET_CLASS.matcher(text);
        while (m.find()) {
          snippets++;
          Path snippetClass = module.resolve("src/test/java").resolve(m.group(1).replace('.', '/') + ".java");
          if (!Files.isRegularFile(snippetClass)
              || !Files.readString(snippetClass).contains("@start region=\"" + m.group(2) + "\"")) {
            unresolved.add(relative + ": " + m.group(0));
          }
        }
      }
    }
    // Guards the walk itself: finding no snippet would pass vacuously.
    assertThat(snippets).as("snippets found").isGreaterThan(50);
    assertThat(handWritten).as("published sources with a hand-written <pre>{@code} sample").isEmpty();
    assertThat(unresolved).as("snippets whose class or region is missing from the module's test sources").isEmpty();
  }
}
