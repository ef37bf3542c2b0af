package io.github.supersetsdk.dbt.snippets;

import io.github.supersetsdk.dbt.DbtArtifactReader;
import io.github.supersetsdk.dbt.ReadOptions;
import io.github.supersetsdk.dbt.manifest.DbtManifest;
import java.nio.file.Path;

/** Samples of the {@code io.github.supersetsdk.dbt} package's javadoc. */
final class DbtSnippets {

  private DbtSnippets() {}

  static DbtManifest dbtArtifactReader() {
    // @start region="DbtArtifactReader"
    DbtArtifactReader reader = DbtArtifactReader.create();
    DbtManifest manifest = reader.readManifest(Path.of("target/manifest.json"));
    manifest.nodes().values().forEach(node -> System.out.println(node.uniqueId()));
    // @end
    return manifest;
  }

  static ReadOptions readOptions() {
    // @start region="ReadOptions"
    ReadOptions options = ReadOptions.builder().includeCompiledCode(true).build();
    // @end
    return options;
  }
}
