package io.github.supersetsdk.dbt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Mutations of real dbt-written artifacts (truncation, type swaps, deleted fields, random bytes)
 * yield either a parsed result or {@link DbtArtifactParseException}, never another exception.
 */
class ArtifactMutationPropertiesTest {

  private static final List<Path> FILES =
      List.of(
          Fixtures.file("manifest-v12-dbt-1.11.16.json"),
          Fixtures.file("manifest-v9-dbt-1.5.12.json"),
          Fixtures.file("manifest-v1-dbt-0.19.2-handwritten.json"),
          Fixtures.file("semantic_manifest-dbt-1.11.16.json"),
          Fixtures.file("run_results-v6-dbt-1.11.16-test.json"),
          Fixtures.file("catalog-v1-dbt-1.11.16.json"),
          Fixtures.file("sources-v3-dbt-1.11.16.json"));

  private static final Pattern VALUE =
      Pattern.compile("(\"[a-z_]+\": )(\"[^\"\\\\]*\"|-?\\d+(?:\\.\\d+)?|true|false|null|\\{\\}|\\[\\])");

  private final DbtArtifactReader reader = DbtArtifactReader.create(ReadOptions.everything());

  private static byte[] bytes(int fileIndex) {
    try {
      return Files.readAllBytes(FILES.get(fileIndex % FILES.size()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads with the method matching the file's name, as a caller who knows the kind would. */
  private void readAsKind(int fileIndex, byte[] content) {
    String name = FILES.get(fileIndex % FILES.size()).getFileName().toString();
    ByteArrayInputStream in = new ByteArrayInputStream(content);
    try {
      if (name.startsWith("manifest")) {
        assertThat(reader.readManifest(in, name)).isNotNull();
      } else if (name.startsWith("semantic")) {
        assertThat(reader.readSemanticManifest(in, name)).isNotNull();
      } else if (name.startsWith("run_results")) {
        assertThat(reader.readRunResults(in, name)).isNotNull();
      } else if (name.startsWith("catalog")) {
        assertThat(reader.readCatalog(in, name)).isNotNull();
      } else {
        assertThat(reader.readSourceFreshness(in, name)).isNotNull();
      }
    } catch (DbtArtifactParseException expected) {
      assertThat(expected.source()).endsWith(name);
      assertThat(expected.jsonPath()).startsWith("$");
      assertThat(expected.line()).isGreaterThanOrEqualTo(0);
    }
  }

  @Property(tries = 150)
  void truncation_yieldsResultOrParseException(
      @ForAll @IntRange(min = 0, max = 6) int file, @ForAll @IntRange(min = 0, max = 1000) int permille) {
    byte[] all = bytes(file);
    int cut = (int) ((long) all.length * permille / 1000);
    byte[] truncated = java.util.Arrays.copyOf(all, cut);

    readAsKind(file, truncated);
  }

  @Property(tries = 150)
  void randomBytes_yieldResultOrParseException(
      @ForAll @IntRange(min = 0, max = 6) int file,
      @ForAll("positions") List<Integer> positions,
      @ForAll("noise") List<Byte> noise) {
    byte[] content = bytes(file);
    for (int i = 0; i < positions.size(); i++) {
      content[positions.get(i) % content.length] = noise.get(i % noise.size());
    }

    readAsKind(file, content);
  }

  @Property(tries = 200)
  void typeSwap_yieldsResultOrParseException(
      @ForAll @IntRange(min = 0, max = 6) int file,
      @ForAll @IntRange(min = 0, max = 100_000) int which,
      @ForAll("replacements") String replacement) {
    String text = new String(bytes(file), StandardCharsets.UTF_8);
    Matcher m = VALUE.matcher(text);
    long count = m.results().count();
    if (count == 0) {
      return;
    }
    long target = which % count;
    m.reset();
    StringBuilder sb = new StringBuilder();
    long i = 0;
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + (i++ == target ? replacement : m.group(2))));
    }
    m.appendTail(sb);

    readAsKind(file, sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 150)
  void deletedField_yieldsResultOrParseException(
      @ForAll @IntRange(min = 0, max = 6) int file, @ForAll @IntRange(min = 0, max = 100_000) int which) {
    String text = new String(bytes(file), StandardCharsets.UTF_8);
    Matcher m = VALUE.matcher(text);
    long count = m.results().count();
    if (count == 0) {
      return;
    }
    long target = which % count;
    m.reset();
    StringBuilder sb = new StringBuilder();
    long i = 0;
    while (m.find()) {
      // replace the whole "key": value pair with a harmless key, keeping commas valid
      m.appendReplacement(sb, Matcher.quoteReplacement(i++ == target ? "\"x_deleted\": 0" : m.group()));
    }
    m.appendTail(sb);

    readAsKind(file, sb.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Provide
  Arbitrary<List<Integer>> positions() {
    return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<List<Byte>> noise() {
    return Arbitraries.bytes().list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> replacements() {
    return Arbitraries.of(
        "1", "-7.5", "true", "null", "\"s\"", "{}", "[]", "[1, \"a\"]", "{\"k\": [null]}",
        "\"\\u0000\"", "1e999", "12345678901234567890123");
  }
}
