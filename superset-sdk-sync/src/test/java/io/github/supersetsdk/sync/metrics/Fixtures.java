package io.github.supersetsdk.sync.metrics;

import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import io.github.supersetsdk.dbt.semantic.SemanticManifest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the test fixtures. */
final class Fixtures {

  private static final DbtArtifactReader READER = DbtArtifactReader.create();

  private Fixtures() {}

  static SemanticManifest semantic(String name) {
    try (InputStream in = open(name)) {
      return READER.readSemanticManifest(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static DbtManifest manifest(String name) {
    try (InputStream in = open(name)) {
      return READER.readManifest(in, name);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SemanticManifest semanticJson(String json) {
    return READER.readSemanticManifest(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "inline.json");
  }

  private static InputStream open(String name) {
    InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name);
    if (in == null) {
      throw new IllegalArgumentException("no fixture " + name);
    }
    return in;
  }
}
