package io.github.supersetsdk.dbt.internal.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import io.github.supersetsdk.dbt.DbtArtifactParseException;
import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.Fixtures;
import io.github.supersetsdk.dbt.ReadOptions;
import io.github.supersetsdk.dbt.internal.json.JsonFactories;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A manifest read in slices on several threads equals the manifest read in one piece, and a file
 * the one-piece parser rejects is never read in slices.
 */
class SplitManifestReaderTest {

  private static final JsonFactory FACTORY = JsonFactories.SLICE;

  private static final DbtArtifactReader ONE_PIECE =
      DbtArtifactReader.create(ReadOptions.builder().parallelism(1).build());

  static List<Path> manifests() {
    return Fixtures.all("manifest-");
  }

  /** Reads in slices; a slice size of 1 cuts every map at every entry. */
  private static @Nullable DbtManifest split(byte[] content, int threads, int sliceBytes) {
    return new SplitManifestReader(FACTORY, ReadOptions.everything(), threads, sliceBytes)
        .read(ByteBuffer.wrap(content), "manifest.json");
  }

  private static @Nullable DbtManifest onePiece(byte[] content) {
    try {
      return DbtArtifactReader.create(ReadOptions.everything())
          .readManifest(new ByteArrayInputStream(content), "manifest.json");
    } catch (DbtArtifactParseException e) {
      return null;
    }
  }

  private static byte[] bytes(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest
  @MethodSource("manifests")
  void everyFixture_readInSlices_equalsOnePiece(Path file) {
    byte[] content = bytes(file);
    DbtManifest expected = onePiece(content);
    for (int sliceBytes : new int[] {1, 700, 1 << 20}) {
      SplitManifestReader reader =
          new SplitManifestReader(FACTORY, ReadOptions.everything(), 3, sliceBytes);
      DbtManifest actual = reader.read(ByteBuffer.wrap(content), "manifest.json");
      assertThat(actual).as("%s in slices of %d bytes", file.getFileName(), sliceBytes).isNotNull();
      assertThat(actual).isEqualTo(expected);
      assertThat(actual.parentMap()).isEqualTo(expected.parentMap());
      assertThat(actual.childMap()).isEqualTo(expected.childMap());
    }
  }

  @Test
  void dbtWrittenManifest_isActuallyCutIntoSlices() {
    byte[] content = bytes(Fixtures.file("manifest-v12-dbt-1.11.16.json"));
    SplitManifestReader reader =
        new SplitManifestReader(FACTORY, ReadOptions.defaults(), 2, 1);
    DbtManifest manifest = reader.read(ByteBuffer.wrap(content), "manifest.json");

    assertThat(manifest).isNotNull();
    // every node and macro but the last of each map starts a slice of its own
    assertThat(reader.slicesCut()).isGreaterThan(manifest.nodes().size());
  }

  @Test
  void parentAndChildMaps_areCutIntoSlicesToo_andReadTheSame() {
    byte[] content = bytes(Fixtures.file("manifest-v12-dbt-1.11.16.json"));
    DbtManifest expected = onePiece(content);
    SplitManifestReader whole = new SplitManifestReader(FACTORY, ReadOptions.everything(), 2, 1);
    DbtManifest first = whole.read(ByteBuffer.wrap(content), "manifest.json");
    // Maps of resources alone: every node, source, macro, ... but the last of each map.
    int resourceCuts =
        expected.nodes().size() + expected.sources().size() + expected.macros().size()
            + expected.docs().size() + expected.exposures().size() + expected.metrics().size()
            + expected.semanticModels().size() + expected.savedQueries().size()
            + expected.unitTests().size();

    assertThat(first).isEqualTo(expected);
    assertThat(first.parentMap()).isEqualTo(expected.parentMap());
    assertThat(first.childMap()).isEqualTo(expected.childMap());
    // parent_map and child_map add a cut before each of their entries but the first
    assertThat(whole.slicesCut())
        .isGreaterThanOrEqualTo(
            resourceCuts - 9 + expected.parentMap().size() - 1 + expected.childMap().size() - 1);
  }

  @Test
  void textThatLooksLikeACutPoint_doesNotChangeTheResult() {
    String node =
        "{\"resource_type\": \"model\", \"name\": \"%s\", "
            + "\"description\": \"a }, \\\"model.a.b\\\": { inside a string\", "
            + "\"meta\": {\"model.x.y\": {\"k\": 1}, \"model.x.z\": {\"k\": 2}}}";
    StringBuilder json =
        new StringBuilder(
            "{\"metadata\": {\"dbt_schema_version\": "
                + "\"https://schemas.getdbt.com/dbt/manifest/v12.json\"}, \"nodes\": {");
    for (int i = 0; i < 50; i++) {
      json.append(i == 0 ? "" : ", ").append("\"model.p.m").append(i).append("\": ");
      json.append(String.format(node, "m" + i));
    }
    json.append("}}");
    byte[] content = json.toString().getBytes(StandardCharsets.UTF_8);

    DbtManifest expected = onePiece(content);
    assertThat(expected.nodes()).hasSize(50);
    assertThat(expected.nodes().get("model.p.m7").meta()).containsKey("model.x.z");
    for (int sliceBytes = 1; sliceBytes < 400; sliceBytes += 37) {
      DbtManifest actual = split(content, 2, sliceBytes);
      // a cut guessed inside meta fails its slice: the caller then reads in one piece
      if (actual != null) {
        assertThat(actual).isEqualTo(expected);
      }
    }
  }

  @Test
  void metadataNotFirst_isLeftToTheOnePieceParser() {
    String json =
        "{\"nodes\": {}, \"metadata\": {\"dbt_schema_version\": "
            + "\"https://schemas.getdbt.com/dbt/manifest/v12.json\"}}";
    byte[] content = json.getBytes(StandardCharsets.UTF_8);

    assertThat(split(content, 2, 1)).isNull();
    assertThat(onePiece(content)).isNotNull();
  }

  @Test
  void trailingCommaInAMap_isNotAcceptedBySlicing() {
    byte[] content = bytes(Fixtures.file("manifest-v12-dbt-1.11.16.json"));
    String json = new String(content, StandardCharsets.UTF_8);
    // the last node before the closing brace of "nodes" gets a trailing comma
    int sources = json.indexOf("\n \"sources\": {");
    assertThat(sources).isPositive();
    int close = json.lastIndexOf('}', sources);
    String broken = json.substring(0, close) + "," + json.substring(close);
    byte[] brokenBytes = broken.getBytes(StandardCharsets.UTF_8);

    assertThat(onePiece(brokenBytes)).as("one piece").isNull();
    assertThat(split(brokenBytes, 2, 1)).as("in slices").isNull();
  }

  @Property(tries = 200)
  void mutatedManifest_readInSlices_isNullOrEqualsOnePiece(
      @ForAll @IntRange(min = 0, max = 999) int permille,
      @ForAll @IntRange(min = 0, max = 6) int mutation,
      @ForAll @IntRange(min = 1, max = 3) int threads) {
    byte[] content = bytes(Fixtures.file("manifest-v12-dbt-1.11.16.json"));
    int at = (int) ((long) content.length * permille / 1000);
    byte[] mutated = mutate(content, at, mutation);

    DbtManifest expected = onePiece(mutated);
    DbtManifest actual = split(mutated, threads, mutation * 97 + 1);

    if (expected == null) {
      assertThat(actual).as("a file the one-piece parser rejects").isNull();
    } else if (actual != null) {
      assertThat(actual).isEqualTo(expected);
    }
  }

  private static byte[] mutate(byte[] content, int at, int mutation) {
    byte[] out;
    switch (mutation) {
      case 0: // truncate
        return java.util.Arrays.copyOf(content, at);
      case 1: // drop one byte
        out = new byte[content.length - 1];
        System.arraycopy(content, 0, out, 0, at);
        System.arraycopy(content, at + 1, out, at, content.length - at - 1);
        return out;
      default: // insert a structural character
        byte inserted = (byte) "},\"]{".charAt(mutation - 2);
        out = new byte[content.length + 1];
        System.arraycopy(content, 0, out, 0, at);
        out[at] = inserted;
        System.arraycopy(content, at, out, at + 1, content.length - at);
        return out;
    }
  }

  @Test
  void largeFile_readOnSeveralThreads_equalsOnePiece(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("manifest.json");
    Files.write(file, LargeManifest.build(bytes(Fixtures.file("manifest-v12-dbt-1.11.16.json")), 6 << 20));

    DbtManifest expected = ONE_PIECE.readManifest(file);
    DbtManifest actual =
        DbtArtifactReader.create(ReadOptions.builder().parallelism(4).build()).readManifest(file);

    assertThat(expected.nodes().size()).isGreaterThan(1000);
    assertThat(actual).isEqualTo(expected);
    assertThat(List.copyOf(actual.nodes().keySet())).isEqualTo(List.copyOf(expected.nodes().keySet()));
    // and the compact file, as dbt writes it, is really read in slices rather than falling back
    SplitManifestReader split =
        new SplitManifestReader(FACTORY, ReadOptions.defaults(), 4, 256 << 10);
    assertThat(split.read(ByteBuffer.wrap(Files.readAllBytes(file)), "manifest.json"))
        .isEqualTo(expected);
    assertThat(split.slicesCut()).isGreaterThan(10);
  }

  @Test
  void largeBrokenFile_failsWithTheSameErrorOnSeveralThreads(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("manifest.json");
    byte[] large = LargeManifest.build(bytes(Fixtures.file("manifest-v12-dbt-1.11.16.json")), 6 << 20);
    String json = new String(large, StandardCharsets.UTF_8);
    int middle = json.indexOf("},\"", json.length() / 2) + 2;
    Files.writeString(file, json.substring(0, middle) + "<<<<<<< HEAD\n" + json.substring(middle));

    DbtArtifactParseException expected = catchParse(ONE_PIECE, file);
    DbtArtifactParseException actual =
        catchParse(DbtArtifactReader.create(ReadOptions.builder().parallelism(4).build()), file);

    assertThat(actual.getMessage()).isEqualTo(expected.getMessage());
    assertThat(actual.line()).isEqualTo(expected.line());
    assertThat(actual.column()).isEqualTo(expected.column());
    assertThat(actual.jsonPath()).isEqualTo(expected.jsonPath()).startsWith("$.nodes");
  }

  private static DbtArtifactParseException catchParse(DbtArtifactReader reader, Path file) {
    try {
      reader.readManifest(file);
    } catch (DbtArtifactParseException e) {
      return e;
    }
    throw new AssertionError("expected a parse error");
  }
}
